package io.tradestream.rules.expr;

/**
 * What a condition can read about one symbol at the current event. Implemented by the engine over
 * its state; a value that is not known yet is NaN, and every comparison on it is false.
 */
public interface MarketView {
    /** The bar functions work on one-minute bars; the current, unfinished minute is the newest. */
    long BAR_MILLIS = 60_000;

    /**
     * {@code ema} and {@code rsi} smooth over this many times their period of bars, starting from a
     * simple average: enough for the start to weigh less than 0.3 % in an EMA.
     */
    int EMA_SPAN = 4;

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

    /** Shares traded in the last {@code bars} one-minute bars, the current one included. */
    double volume(int bars);

    /** Volume-weighted average price over the same bars; NaN if nothing traded. */
    double vwap(int bars);

    /**
     * Simple moving average of the closes of the last {@code bars} bars, where the current bar's
     * close is the last price; NaN until that many bars were seen.
     */
    double sma(int bars);

    /** Exponential moving average of the closes, alpha = 2 / (bars + 1); NaN before bars bars. */
    double ema(int bars);

    /** Wilder's relative strength index of the closes over {@code periods} changes, 0..100. */
    double rsi(int periods);

    /**
     * {@code sma(bars) + k} population standard deviations of the same closes: the upper Bollinger
     * band for a positive {@code k}, the lower for a negative one.
     */
    double bollinger(int bars, double k);

    /** Sample standard deviation of the last {@code returns} one-minute log returns, in percent. */
    double volatility(int returns);
}
