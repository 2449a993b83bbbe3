package io.tradestream.operators.join;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.join.EnrichedTrade;
import io.tradestream.model.join.JoinMemory;
import io.tradestream.model.join.PendingEvents;
import io.tradestream.model.join.TradeClassifier;
import io.tradestream.operators.metrics.EventTimeLag;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * As-of join of trades with quotes, per symbol in event time: each trade leaves with the quote that
 * prevailed at its time, the latest quote with a timestamp at or before the trade's.
 *
 * <p>Quotes and trades may arrive out of order within the watermark's allowed lateness, so both
 * wait in state until the watermark passes their timestamp; an event-time timer per millisecond
 * then applies that millisecond's quote before its trades. A quote that arrives after the watermark
 * passed it still updates the prevailing quote if it is the newest seen; a trade that arrives after
 * the watermark is joined at once with the quote prevailing then. Both are counted.
 */
public class TradeQuoteJoinFunction
        extends KeyedProcessFunction<String, MarketEvent, EnrichedTrade> {
    private static final long serialVersionUID = 1L;

    private transient ValueState<JoinMemory> memories;
    private transient MapState<Long, PendingEvents> pending;
    private transient Counter lateQuotes;
    private transient Counter lateTrades;
    private transient Counter unquotedTrades;
    private transient EventTimeLag eventTimeLag;

    @Override
    public void open(OpenContext openContext) {
        memories = getRuntimeContext().getState(TradeQuoteJoinState.MEMORY);
        pending = getRuntimeContext().getMapState(TradeQuoteJoinState.PENDING);
        lateQuotes = getRuntimeContext().getMetricGroup().counter("lateQuotes");
        lateTrades = getRuntimeContext().getMetricGroup().counter("lateTrades");
        unquotedTrades = getRuntimeContext().getMetricGroup().counter("tradesWithoutQuote");
        eventTimeLag = EventTimeLag.register(getRuntimeContext().getMetricGroup());
    }

    @Override
    public void processElement(MarketEvent event, Context ctx, Collector<EnrichedTrade> out)
            throws Exception {
        long timestamp = event.timestamp();
        long watermark = ctx.timerService().currentWatermark();
        eventTimeLag.observe(watermark);
        if (timestamp <= watermark) {
            JoinMemory memory = memory();
            if (event.isTrade()) {
                lateTrades.inc();
                emit(event.trade(), memory, out);
            } else {
                lateQuotes.inc();
                prevail(event.quote(), memory);
            }
            memories.update(memory);
            return;
        }
        PendingEvents waiting = pending.get(timestamp);
        if (waiting == null) {
            waiting = new PendingEvents();
            ctx.timerService().registerEventTimeTimer(timestamp);
        }
        if (event.isTrade()) {
            waiting.add(event.trade());
        } else {
            waiting.add(event.quote());
        }
        pending.put(timestamp, waiting);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EnrichedTrade> out)
            throws Exception {
        eventTimeLag.observe(ctx.timerService().currentWatermark());
        PendingEvents due = pending.get(timestamp);
        if (due == null) {
            return;
        }
        pending.remove(timestamp);
        JoinMemory memory = memory();
        if (due.quote != null) {
            prevail(due.quote, memory);
        }
        for (Trade trade : due.tradesInOrder()) {
            emit(trade, memory, out);
        }
        memories.update(memory);
    }

    /** A quote prevails unless a late quote already moved the prevailing one past it. */
    private static void prevail(Quote quote, JoinMemory memory) {
        if (memory.prevailingQuote == null
                || memory.prevailingQuote.timestamp() <= quote.timestamp()) {
            memory.prevailingQuote = quote;
        }
    }

    private void emit(Trade trade, JoinMemory memory, Collector<EnrichedTrade> out) {
        Quote quote = memory.prevailingQuote;
        if (quote == null) {
            unquotedTrades.inc();
        }
        out.collect(
                new EnrichedTrade(
                        trade, quote, TradeClassifier.classify(trade.price(), quote, memory)));
    }

    private JoinMemory memory() throws Exception {
        JoinMemory memory = memories.value();
        return memory != null ? memory : new JoinMemory();
    }
}
