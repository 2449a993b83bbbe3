package io.tradestream.model.trading;

/**
 * The equity curve of one user's paper portfolio (or of one strategy): its peak, its deepest
 * drawdown and the statistics of its one-minute returns, for the Sharpe ratio.
 *
 * <p>Equity is the initial cash plus the {@link Position#netPnl net profit} of every position:
 * realized profit, less commissions, plus unrealized profit at the current price.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class PortfolioStats {
    /** A regular US session of 6.5 hours has 390 minutes, and a year 252 sessions. */
    private static final double MINUTES_PER_YEAR = 252 * 390;

    public double initialCash;
    public double peakEquity;

    /** The largest fall from a peak, in money. */
    public double maxDrawdown;

    /** The largest fall from a peak as a fraction of that peak; 0.25 is a quarter of it lost. */
    public double maxDrawdownFraction;

    /** Equity at the last minute boundary; NaN before the first one. */
    public double lastMinuteEquity = Double.NaN;

    /** One-minute returns seen, with their running mean and sum of squared deviations (Welford). */
    public long returnCount;

    public double returnMean;
    public double returnM2;

    /** For the state serializer only. */
    public PortfolioStats() {}

    public PortfolioStats(double initialCash) {
        this.initialCash = initialCash;
        this.peakEquity = initialCash;
    }

    /** The equity of a portfolio whose positions together made {@code netPnl}. */
    public double equity(double netPnl) {
        return initialCash + netPnl;
    }

    /** Updates the peak and the drawdowns with the current equity; NaN (no price) is ignored. */
    public void observeEquity(double equity) {
        if (Double.isNaN(equity)) {
            return;
        }
        peakEquity = Math.max(peakEquity, equity);
        double drawdown = peakEquity - equity;
        maxDrawdown = Math.max(maxDrawdown, drawdown);
        if (peakEquity > 0) {
            maxDrawdownFraction = Math.max(maxDrawdownFraction, drawdown / peakEquity);
        }
    }

    /**
     * Records the equity at a minute boundary: the return since the previous boundary joins the
     * statistics, and the equity is observed. The first boundary only sets the base, and so does
     * one after a non-positive equity, from which a return means nothing.
     */
    public void closeMinute(double equity) {
        if (Double.isNaN(equity)) {
            return;
        }
        observeEquity(equity);
        if (lastMinuteEquity > 0) {
            addReturn(equity / lastMinuteEquity - 1);
        }
        lastMinuteEquity = equity;
    }

    /**
     * The annualised Sharpe ratio of the one-minute returns (risk-free rate 0): mean over sample
     * standard deviation × √(252 × 390). NaN with fewer than two returns or no variation.
     */
    public double sharpeRatio() {
        if (returnCount < 2 || returnM2 <= 0) {
            return Double.NaN;
        }
        double deviation = Math.sqrt(returnM2 / (returnCount - 1));
        return returnMean / deviation * Math.sqrt(MINUTES_PER_YEAR);
    }

    private void addReturn(double value) {
        returnCount++;
        double delta = value - returnMean;
        returnMean += delta / returnCount;
        returnM2 += delta * (value - returnMean);
    }
}
