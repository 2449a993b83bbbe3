package io.tradestream.model.join;

/**
 * What the tick rule remembers of a symbol's earlier trades: the last price and the direction of
 * the last price change.
 *
 * <p>This is Flink keyed state, so it is a POJO: public no-argument constructor and public fields.
 */
public class TickState {
    /** The last trade's price; NaN before the first trade. */
    public double lastPrice = Double.NaN;

    /** +1 after an uptick, -1 after a downtick, 0 before any price change. */
    public int lastDirection;

    public TickState() {}
}
