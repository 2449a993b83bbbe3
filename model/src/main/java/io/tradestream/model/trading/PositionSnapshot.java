package io.tradestream.model.trading;

/**
 * A strategy's position in one symbol at one moment, valued at the market: written after each fill
 * and at each minute while it is open, to {@code positions_by_symbol} and {@code
 * positions_by_user}, and summed per user into the portfolio.
 *
 * @param timestamp event time of the fill or the minute mark
 * @param marketPrice the price it is valued at: the last trade, else the quote mid; NaN if none
 * @param unrealizedPnl (marketPrice - averageCost) x quantity; 0 when flat
 * @param writeTime grows with every snapshot of the position, so the newest wins in Cassandra and
 *     in the portfolio whatever order they arrive in
 * @param kafkaTimestamp when the market record that caused the snapshot entered Kafka, epoch
 *     milliseconds; 0 if unknown. Only for the latency metrics: never written to a table.
 */
public record PositionSnapshot(
        String owner,
        String strategyId,
        String symbol,
        long timestamp,
        long quantity,
        double averageCost,
        double marketPrice,
        double realizedPnl,
        double unrealizedPnl,
        double fees,
        long closingFills,
        long winningFills,
        long openedAt,
        long writeTime,
        long kafkaTimestamp) {

    /** The same snapshot, caused by a market record that entered Kafka at {@code timestamp}. */
    public PositionSnapshot withKafkaTimestamp(long timestamp) {
        return new PositionSnapshot(
                owner,
                strategyId,
                symbol,
                this.timestamp,
                quantity,
                averageCost,
                marketPrice,
                realizedPnl,
                unrealizedPnl,
                fees,
                closingFills,
                winningFills,
                openedAt,
                writeTime,
                timestamp);
    }

    public static PositionSnapshot of(
            String owner,
            String strategyId,
            String symbol,
            Position position,
            double marketPrice,
            long timestamp,
            long writeTime) {
        double unrealized = position.quantity == 0 ? 0 : position.unrealizedPnl(marketPrice);
        return new PositionSnapshot(
                owner,
                strategyId,
                symbol,
                timestamp,
                position.quantity,
                position.averageCost,
                marketPrice,
                position.realizedPnl,
                unrealized,
                position.fees,
                position.closingFills,
                position.winningFills,
                position.openedAt,
                writeTime,
                0);
    }

    /** Realized plus unrealized profit, less commissions. */
    public double netPnl() {
        return realizedPnl - fees + (Double.isNaN(unrealizedPnl) ? 0 : unrealizedPnl);
    }
}
