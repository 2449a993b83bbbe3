package io.tradestream.model.sentiment;

/**
 * One tweet's sentiment attributed to one symbol it mentions.
 *
 * @param symbol the mentioned ticker
 * @param timestamp the tweet's event time in epoch milliseconds
 * @param score the tweet's sentiment in [-1, +1]
 */
public record SymbolMention(String symbol, long timestamp, double score) {}
