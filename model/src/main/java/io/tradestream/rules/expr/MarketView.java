package io.tradestream.rules.expr;

/**
 * What a condition can read about one symbol at the current event. Implemented by the engine over
 * its state; a value that is not known yet is NaN, and every comparison on it is false.
 */
public interface MarketView {
    /** Last trade price, NaN if none yet. */
    double price();

    /** Best bid, NaN if no quote yet. */
    double bid();

    /** Best offer, NaN if no quote yet. */
    double ask();

    /**
     * Percent change of the price over the window ending now (3 means +3 %), NaN if there is not
     * enough history.
     */
    double changePct(long windowMillis);

    /**
     * Mean sentiment score in [-1, +1] of the tweets that mentioned the symbol in the whole minutes
     * of the window before the current minute; NaN if there were none.
     */
    double sentiment(long windowMillis);

    /** Number of tweets that mentioned the symbol over the same minutes as {@link #sentiment}. */
    double tweetCount(long windowMillis);
}
