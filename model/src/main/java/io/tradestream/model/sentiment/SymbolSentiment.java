package io.tradestream.model.sentiment;

/**
 * The sentiment of the tweets that mentioned one symbol in an event-time window.
 *
 * @param symbol the ticker
 * @param start window start in epoch milliseconds (inclusive)
 * @param end window end in epoch milliseconds (exclusive)
 * @param scoreSum sum of the tweets' scores
 * @param tweetCount number of tweets
 * @param positive tweets scored above {@link SentimentAccumulator#NEUTRAL_BAND}
 * @param negative tweets scored below minus {@link SentimentAccumulator#NEUTRAL_BAND}
 */
public record SymbolSentiment(
        String symbol,
        long start,
        long end,
        double scoreSum,
        long tweetCount,
        long positive,
        long negative) {

    /** Mean score in [-1, +1]. */
    public double mean() {
        return scoreSum / tweetCount;
    }

    public long lengthMillis() {
        return end - start;
    }
}
