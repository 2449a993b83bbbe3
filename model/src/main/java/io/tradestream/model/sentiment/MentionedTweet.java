package io.tradestream.model.sentiment;

/**
 * A tweet that mentions at least one ticker, ready to be scored.
 *
 * @param id the tweet's id
 * @param timestamp its event time in epoch milliseconds
 * @param text its raw text
 * @param symbols the tickers it mentions, distinct, in order of first mention
 */
public record MentionedTweet(String id, long timestamp, String text, String[] symbols) {}
