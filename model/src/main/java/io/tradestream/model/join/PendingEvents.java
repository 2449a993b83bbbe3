package io.tradestream.model.join;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.util.Arrays;

/**
 * The quote and trades of one symbol at one millisecond that wait for the watermark to pass them.
 *
 * <p>Flink keyed state, so a POJO: public fields and a public no-argument constructor.
 */
public class PendingEvents {
    /** The last quote received for the millisecond, or null. */
    public Quote quote;

    /**
     * The trades of the millisecond, in arrival order. An array, not a list, so that Flink's POJO
     * serializer handles it without Kryo.
     */
    public Trade[] trades = new Trade[0];

    public PendingEvents() {}

    public void add(Trade trade) {
        trades = Arrays.copyOf(trades, trades.length + 1);
        trades[trades.length - 1] = trade;
    }
}
