package io.tradestream.model;

/**
 * One executed trade.
 *
 * @param symbol the instrument, e.g. {@code AAPL} or {@code BRK.B}
 * @param timestamp event time in epoch milliseconds (when the trade happened)
 * @param price execution price, finite and positive
 * @param size number of shares, positive
 */
public record Trade(String symbol, long timestamp, double price, long size) {}
