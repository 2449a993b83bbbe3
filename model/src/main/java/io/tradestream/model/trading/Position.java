package io.tradestream.model.trading;

/**
 * A strategy's holding in one symbol, accounted by average cost, with its running results.
 *
 * <p>Part of Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class Position {
    /** Shares held: positive for a long position, negative for a short one. */
    public long quantity;

    /** What the shares held cost on average; 0 when flat. */
    public double averageCost;

    /** Profit realized by closing fills, before commissions. */
    public double realizedPnl;

    /** Commissions paid. */
    public double fees;

    /** When the position last went from flat (or from the other side) to open. */
    public long openedAt;

    /** Fills that reduced the position: the trades that statistics count. */
    public long closingFills;

    /** Closing fills that realized a profit. */
    public long winningFills;

    public long fillCount;

    public Position() {}

    /**
     * Applies one fill and returns the profit it realized.
     *
     * <p>A fill in the direction of the position re-averages its cost. A fill against it realizes
     * the difference to the average cost on the shares it closes and leaves the average unchanged;
     * a fill through zero opens the remaining shares on the other side at the fill price.
     */
    public double apply(Side side, long fillQuantity, double price, double commission, long ts) {
        long signedFill = side.signed(fillQuantity);
        long before = quantity;
        fillCount++;
        fees += commission;
        quantity += signedFill;
        if (before == 0 || Long.signum(before) == Long.signum(signedFill)) {
            averageCost =
                    (averageCost * Math.abs(before) + price * fillQuantity) / Math.abs(quantity);
            if (before == 0) {
                openedAt = ts;
            }
            return 0;
        }
        long closed = Math.min(fillQuantity, Math.abs(before));
        double realized = (price - averageCost) * closed * Long.signum(before);
        realizedPnl += realized;
        closingFills++;
        if (realized > 0) {
            winningFills++;
        }
        if (quantity == 0) {
            averageCost = 0;
        } else if (Long.signum(quantity) != Long.signum(before)) {
            averageCost = price;
            openedAt = ts;
        }
        return realized;
    }

    /** What the shares held would gain or lose if valued at {@code mark}; 0 when flat. */
    public double unrealizedPnl(double mark) {
        return quantity == 0 ? 0 : (mark - averageCost) * quantity;
    }

    /** Realized plus unrealized profit at {@code mark}, less the commissions paid. */
    public double netPnl(double mark) {
        return realizedPnl - fees + unrealizedPnl(mark);
    }
}
