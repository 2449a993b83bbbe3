package io.tradestream.model.trading;

/**
 * One point of a user's P&L history ({@code pnl_history_by_user}): the whole portfolio ({@link
 * #ALL_STRATEGIES}) or one strategy, at a minute boundary.
 *
 * @param equity initial cash plus realized and unrealized profit, less commissions
 * @param drawdown how far equity is below its peak, in money
 * @param maxDrawdown the deepest drawdown so far, in money
 * @param maxDrawdownPct the deepest drawdown as a percentage of its peak
 * @param trades closing fills so far
 * @param winRate the fraction of closing fills that realized a profit; NaN before the first
 * @param sharpe annualised Sharpe ratio of the one-minute returns; NaN until two returns
 * @param openPositions positions not flat at this moment
 */
public record PnlSnapshot(
        String owner,
        String strategyId,
        long timestamp,
        double equity,
        double realizedPnl,
        double unrealizedPnl,
        double fees,
        double drawdown,
        double maxDrawdown,
        double maxDrawdownPct,
        long trades,
        double winRate,
        double sharpe,
        int openPositions) {

    /** The strategy id of the rows that sum all of a user's strategies. */
    public static final String ALL_STRATEGIES = "*";
}
