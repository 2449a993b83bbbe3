package io.tradestream.model.join;

import io.tradestream.model.Quote;

/**
 * What the join remembers of a symbol between events: the quote that prevails, and for the tick
 * rule the last trade price and the direction of the last price change.
 *
 * <p>This is Flink keyed state, so it is a POJO: public no-argument constructor and public fields.
 */
public class JoinMemory {
    /** The latest quote at or before the watermark, or null before the first. */
    public Quote prevailingQuote;

    /** The last trade's price; NaN before the first trade. */
    public double lastPrice = Double.NaN;

    /** +1 after an uptick, -1 after a downtick, 0 before any price change. */
    public int lastDirection;

    public JoinMemory() {}
}
