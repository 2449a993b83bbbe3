package io.tradestream.model;

/**
 * A top-of-book quote: the best bid and offer for a symbol at one moment.
 *
 * @param symbol the instrument
 * @param timestamp event time in epoch milliseconds
 * @param bid best bid price
 * @param bidSize shares bid at {@code bid}
 * @param ask best offer price, never below {@code bid}
 * @param askSize shares offered at {@code ask}
 */
public record Quote(
        String symbol, long timestamp, double bid, long bidSize, double ask, long askSize) {}
