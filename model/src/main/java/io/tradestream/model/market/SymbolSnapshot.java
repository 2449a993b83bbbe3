package io.tradestream.model.market;

/**
 * The latest market view of one symbol: last trade, best bid and offer, and the span of seconds its
 * price history covers.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class SymbolSnapshot {
    /** Marks a time or second that has not been seen yet. */
    public static final long NONE = Long.MIN_VALUE;

    public double lastPrice = Double.NaN;
    public long lastTradeTime = NONE;
    public double bid = Double.NaN;
    public double ask = Double.NaN;
    public long lastQuoteTime = NONE;

    /** First epoch second held in the price history, or {@link #NONE} when it is empty. */
    public long historyFirstSecond = NONE;

    /** Last epoch second held in the price history, or {@link #NONE} when it is empty. */
    public long historyLastSecond = NONE;

    public SymbolSnapshot() {}
}
