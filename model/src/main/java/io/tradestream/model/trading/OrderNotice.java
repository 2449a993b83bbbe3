package io.tradestream.model.trading;

/**
 * Word to the trader about an order that was refused, cut, cancelled or expired.
 *
 * @param timestamp event time, epoch milliseconds
 * @param message what happened and why, e.g. "sell 100 AAPL refused: short selling is not allowed
 *     for this strategy and the position is flat"
 */
public record OrderNotice(
        String owner, String strategyId, String symbol, long timestamp, String message) {}
