package io.tradestream.operators.join;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.join.TickState;
import java.util.List;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Every state the trade–quote join keeps, keyed by symbol. The names are part of the savepoint
 * format: renaming one loses that state on upgrade.
 */
public final class TradeQuoteJoinState {
    private TradeQuoteJoinState() {}

    /** The latest quote at or before the watermark: what prevails for the next trades. */
    public static final ValueStateDescriptor<Quote> PREVAILING_QUOTE =
            new ValueStateDescriptor<>("prevailing-quote", Types.POJO(Quote.class));

    /** Quotes ahead of the watermark by event time; the last one received for a millisecond. */
    public static final MapStateDescriptor<Long, Quote> PENDING_QUOTES =
            new MapStateDescriptor<>("pending-quotes", Types.LONG, Types.POJO(Quote.class));

    /** Trades ahead of the watermark by event time, in arrival order per millisecond. */
    public static final MapStateDescriptor<Long, List<Trade>> PENDING_TRADES =
            new MapStateDescriptor<>(
                    "pending-trades", Types.LONG, Types.LIST(Types.POJO(Trade.class)));

    /** The tick rule's memory of earlier trades. */
    public static final ValueStateDescriptor<TickState> TICKS =
            new ValueStateDescriptor<>("tick-state", Types.POJO(TickState.class));
}
