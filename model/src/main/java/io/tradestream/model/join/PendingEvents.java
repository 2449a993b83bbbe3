package io.tradestream.model.join;

import io.tradestream.model.Quote;
import io.tradestream.model.SameInstantOrder;
import io.tradestream.model.Trade;
import java.util.Arrays;

/**
 * The quote and trades of one symbol at one millisecond that wait for the watermark to pass them.
 *
 * <p>Flink keyed state, so a POJO: public fields and a public no-argument constructor.
 */
public class PendingEvents {
    /** The quote that prevails at the end of the millisecond, or null. */
    public Quote quote;

    /**
     * The trades of the millisecond. An array, not a list, so that Flink's POJO serializer handles
     * it without Kryo.
     */
    public Trade[] trades = new Trade[0];

    public PendingEvents() {}

    /**
     * Keeps the quote that is last in {@link SameInstantOrder}: quotes of one millisecond carry no
     * sequence, and arrival order depends on partitioning.
     */
    public void add(Quote next) {
        if (quote == null || SameInstantOrder.QUOTES.compare(next, quote) > 0) {
            quote = next;
        }
    }

    public void add(Trade trade) {
        trades = Arrays.copyOf(trades, trades.length + 1);
        trades[trades.length - 1] = trade;
    }

    /** The trades in {@link SameInstantOrder}, not in arrival order. */
    public Trade[] tradesInOrder() {
        Arrays.sort(trades, SameInstantOrder.TRADES);
        return trades;
    }
}
