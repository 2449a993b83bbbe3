package io.tradestream.rules.expr;

/**
 * What a condition can read about one symbol at the current event. Implemented by the engine over
 * its state; every value is NaN when it is not known yet.
 */
public interface MarketView {
    /** Last trade price. */
    double price();

    /** Best bid. */
    double bid();

    /** Best offer. */
    double ask();

    /** Percent change of the price over the window ending now (3 means +3 %). */
    double changePct(long windowMillis);
}
