package io.tradestream.model.trading;

/**
 * Sums the latest snapshots of a set of positions (one strategy's, or all of a user's) and turns
 * them, with the equity curve's statistics, into a point of the P&L history.
 */
public final class PortfolioTotals {
    private double realized;
    private double unrealized;
    private double fees;
    private long trades;
    private long wins;
    private int open;

    public void add(PositionSnapshot position) {
        realized += position.realizedPnl();
        unrealized += position.unrealizedPnl();
        fees += position.fees();
        trades += position.closingFills();
        wins += position.winningFills();
        if (position.quantity() != 0) {
            open++;
        }
    }

    public boolean hasOpenPositions() {
        return open > 0;
    }

    /**
     * Closes the minute at {@code timestamp} in {@code stats} and describes the portfolio then.
     * Positions without any price yet count as unrealized 0.
     */
    public PnlSnapshot closeMinute(
            String owner, String strategyId, long timestamp, PortfolioStats stats) {
        double openValue = Double.isNaN(unrealized) ? 0 : unrealized;
        double equity = stats.equity(realized - fees + openValue);
        stats.closeMinute(equity);
        return new PnlSnapshot(
                owner,
                strategyId,
                timestamp,
                equity,
                realized,
                openValue,
                fees,
                stats.peakEquity - equity,
                stats.maxDrawdown,
                stats.maxDrawdownFraction * 100,
                trades,
                trades == 0 ? Double.NaN : (double) wins / trades,
                stats.sharpeRatio(),
                open);
    }
}
