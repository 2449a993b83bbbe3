package io.tradestream.model.sentiment;

/**
 * Sums tweet scores of one symbol over a window, from single tweets or from shorter windows.
 *
 * <p>This is Flink window state, so it is a POJO: public no-argument constructor and public fields.
 */
public class SentimentAccumulator {
    /** Scores within this distance of 0 count as neutral, neither positive nor negative. */
    public static final double NEUTRAL_BAND = 0.1;

    public double scoreSum;
    public long tweetCount;
    public long positive;
    public long negative;

    public SentimentAccumulator() {}

    public void add(double score) {
        scoreSum += score;
        tweetCount++;
        if (score > NEUTRAL_BAND) {
            positive++;
        } else if (score < -NEUTRAL_BAND) {
            negative++;
        }
    }

    /** Adds a shorter window's totals. */
    public void add(SymbolSentiment window) {
        scoreSum += window.scoreSum();
        tweetCount += window.tweetCount();
        positive += window.positive();
        negative += window.negative();
    }

    public void merge(SentimentAccumulator other) {
        scoreSum += other.scoreSum;
        tweetCount += other.tweetCount;
        positive += other.positive;
        negative += other.negative;
    }

    public SymbolSentiment toSentiment(String symbol, long start, long end) {
        return new SymbolSentiment(symbol, start, end, scoreSum, tweetCount, positive, negative);
    }
}
