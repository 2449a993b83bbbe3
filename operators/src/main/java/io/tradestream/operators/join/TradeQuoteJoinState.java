package io.tradestream.operators.join;

import io.tradestream.model.join.JoinMemory;
import io.tradestream.model.join.PendingEvents;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Every state the trade–quote join keeps, keyed by symbol: two entries, so that an event costs few
 * state reads and writes. The names are part of the savepoint format: renaming one loses that state
 * on upgrade.
 */
public final class TradeQuoteJoinState {
    private TradeQuoteJoinState() {}

    /** The prevailing quote and the tick rule's memory. */
    public static final ValueStateDescriptor<JoinMemory> MEMORY =
            new ValueStateDescriptor<>("join-memory", Types.POJO(JoinMemory.class));

    /** Quotes and trades ahead of the watermark, by event-time millisecond. */
    public static final MapStateDescriptor<Long, PendingEvents> PENDING =
            new MapStateDescriptor<>("pending-events", Types.LONG, Types.POJO(PendingEvents.class));
}
