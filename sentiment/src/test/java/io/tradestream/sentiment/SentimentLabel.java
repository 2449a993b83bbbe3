package io.tradestream.sentiment;

/** The label of a tweet, and the label a score stands for. */
enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /**
     * Scores within this distance of 0 are neutral. CoreNLP's model gives plain factual sentences
     * about +0.11 ("Company is trading at 150 today.", "Company is up 5% on strong sales."), so a
     * narrower band calls such headlines positive. On the development half the raw model's accuracy
     * barely depends on the band (70, 69, 69, 68 of 120 at 0.05, 0.1, 0.15, 0.2).
     */
    static final double NEUTRAL_BAND = 0.15;

    static SentimentLabel of(double score) {
        if (Math.abs(score) < NEUTRAL_BAND) {
            return NEUTRAL;
        }
        return score > 0 ? POSITIVE : NEGATIVE;
    }
}
