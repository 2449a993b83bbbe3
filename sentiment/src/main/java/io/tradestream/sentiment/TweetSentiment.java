package io.tradestream.sentiment;

/**
 * The sentiment of one tweet.
 *
 * @param score the sentiment to use, in [-1, +1]: the model's score after the finance adjustment
 * @param modelScore the sentiment model's own score, in [-1, +1] (see {@link
 *     SentimentClasses#score()})
 * @param modelClasses the model's class probabilities
 * @param lexiconScore the finance lexicon's score, in [-1, +1]; 0 without finance terms
 * @param financeTerms how many finance terms the tweet contains; without any, {@code score ==
 *     modelScore}
 * @param truncated whether the model read only the first {@value SentimentScorer#MAX_TOKENS} tokens
 *     of a longer text
 */
public record TweetSentiment(
        double score,
        double modelScore,
        SentimentClasses modelClasses,
        double lexiconScore,
        int financeTerms,
        boolean truncated) {}
