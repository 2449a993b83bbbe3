package io.tradestream.model.trading;

/**
 * When a strategy leaves an open position regardless of its own orders: at a loss, at a profit, or
 * after holding it for a while. Percentages are measured from the position's average cost; a
 * percentage that is NaN (or not positive) and a holding time of 0 mean no such exit.
 *
 * <p>Part of Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class ExitPlan {
    public double stopLossPct = Double.NaN;
    public double takeProfitPct = Double.NaN;
    public long maxHoldingMillis;

    public ExitPlan() {}

    /**
     * The price at which {@code position} is stopped out: below the average cost for a long, above
     * it for a short; NaN if there is no stop loss or the position is flat.
     */
    double stopLossPrice(Position position) {
        return stopLossPct > 0 ? priceAway(position, -stopLossPct) : Double.NaN;
    }

    /**
     * The price at which {@code position} takes its profit: above the average cost for a long,
     * below it for a short; NaN if there is no take profit or the position is flat.
     */
    double takeProfitPrice(Position position) {
        return takeProfitPct > 0 ? priceAway(position, takeProfitPct) : Double.NaN;
    }

    /** When {@code position} has been held too long; {@link Long#MAX_VALUE} if never. */
    long holdingDeadline(Position position) {
        if (maxHoldingMillis <= 0 || position.quantity == 0) {
            return Long.MAX_VALUE;
        }
        return position.openedAt + maxHoldingMillis;
    }

    /** The average cost moved by {@code pct} percent in the position's favour. */
    private static double priceAway(Position position, double pct) {
        if (position.quantity == 0) {
            return Double.NaN;
        }
        double direction = position.quantity > 0 ? 1 : -1;
        return position.averageCost * (1 + direction * pct / 100);
    }
}
