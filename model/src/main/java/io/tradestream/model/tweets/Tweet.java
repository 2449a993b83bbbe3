package io.tradestream.model.tweets;

/**
 * A tweet as TradeStream needs it.
 *
 * @param id the tweet's id (digits)
 * @param timestamp when it was posted, in epoch milliseconds: its event time
 * @param text its text as posted
 * @param authorId the author's id, or null if not given
 * @param lang its language code as the API detected it (e.g. {@code en}), or null
 * @param retweet whether it is a retweet of another tweet
 */
public record Tweet(
        String id, long timestamp, String text, String authorId, String lang, boolean retweet) {}
