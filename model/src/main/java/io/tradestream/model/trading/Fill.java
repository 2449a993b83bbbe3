package io.tradestream.model.trading;

/**
 * One execution of a paper order.
 *
 * @param id {@code owner:strategyId:symbol:n} for the position's n-th fill, so that a replay writes
 *     the same row again
 * @param orderId the working order filled, or the id given to the exit
 * @param timestamp event time of the fill, epoch milliseconds
 * @param price execution price, slippage included
 * @param commission commission charged on this fill
 * @param realizedPnl profit this fill realized before commission; 0 if it opened or added
 * @param positionAfter shares held after the fill, negative for a short
 * @param averageCostAfter average cost after the fill, 0 if flat
 * @param kafkaTimestamp when the market record that caused the fill entered Kafka, epoch
 *     milliseconds; 0 if unknown. Only for the latency metrics: never written to a table.
 */
public record Fill(
        String id,
        String owner,
        String strategyId,
        String symbol,
        long orderId,
        long timestamp,
        Side side,
        long quantity,
        double price,
        double commission,
        FillReason reason,
        OrderType orderType,
        double realizedPnl,
        long positionAfter,
        double averageCostAfter,
        long kafkaTimestamp) {

    /** The same fill, caused by a market record that entered Kafka at {@code timestamp}. */
    public Fill withKafkaTimestamp(long timestamp) {
        return new Fill(
                id,
                owner,
                strategyId,
                symbol,
                orderId,
                this.timestamp,
                side,
                quantity,
                price,
                commission,
                reason,
                orderType,
                realizedPnl,
                positionAfter,
                averageCostAfter,
                timestamp);
    }
}
