package io.tradestream.sentiment;

/**
 * The sentiment model's probabilities of its five classes for a whole tweet (the root of its parse
 * tree); they sum to 1.
 */
public record SentimentClasses(
        double veryNegative,
        double negative,
        double neutral,
        double positive,
        double veryPositive) {

    /** The reading of a tweet with no words: certainly neutral. */
    public static final SentimentClasses CERTAINLY_NEUTRAL = new SentimentClasses(0, 0, 1, 0, 0);

    /**
     * The score in [-1, +1]: the expected value of the class with the classes weighing -1, -0.5, 0,
     * +0.5 and +1. Unlike the most probable class, it keeps the model's uncertainty: a tweet that
     * is 45% positive and 55% neutral scores +0.225, not 0.
     */
    public double score() {
        return -veryNegative - 0.5 * negative + 0.5 * positive + veryPositive;
    }
}
