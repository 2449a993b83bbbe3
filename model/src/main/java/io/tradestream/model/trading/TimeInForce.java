package io.tradestream.model.trading;

/** How long an unfilled order keeps working. */
public enum TimeInForce {
    /** Until the next US equity session close; see {@link TradingSession#nextClose}. */
    DAY,
    /** Until it fills. */
    GTC
}
