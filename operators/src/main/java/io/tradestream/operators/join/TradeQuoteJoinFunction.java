package io.tradestream.operators.join;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.join.EnrichedTrade;
import io.tradestream.model.join.TickState;
import io.tradestream.model.join.TradeClassifier;
import java.util.ArrayList;
import java.util.List;
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

    private transient ValueState<Quote> prevailingQuote;
    private transient MapState<Long, Quote> pendingQuotes;
    private transient MapState<Long, List<Trade>> pendingTrades;
    private transient ValueState<TickState> ticks;
    private transient Counter lateQuotes;
    private transient Counter lateTrades;
    private transient Counter unquotedTrades;

    @Override
    public void open(OpenContext openContext) {
        prevailingQuote = getRuntimeContext().getState(TradeQuoteJoinState.PREVAILING_QUOTE);
        pendingQuotes = getRuntimeContext().getMapState(TradeQuoteJoinState.PENDING_QUOTES);
        pendingTrades = getRuntimeContext().getMapState(TradeQuoteJoinState.PENDING_TRADES);
        ticks = getRuntimeContext().getState(TradeQuoteJoinState.TICKS);
        lateQuotes = getRuntimeContext().getMetricGroup().counter("lateQuotes");
        lateTrades = getRuntimeContext().getMetricGroup().counter("lateTrades");
        unquotedTrades = getRuntimeContext().getMetricGroup().counter("tradesWithoutQuote");
    }

    @Override
    public void processElement(MarketEvent event, Context ctx, Collector<EnrichedTrade> out)
            throws Exception {
        long timestamp = event.timestamp();
        boolean late = timestamp <= ctx.timerService().currentWatermark();
        if (event.isTrade()) {
            if (late) {
                lateTrades.inc();
                emit(event.trade(), out);
            } else {
                List<Trade> waiting = pendingTrades.get(timestamp);
                if (waiting == null) {
                    waiting = new ArrayList<>(1);
                }
                waiting.add(event.trade());
                pendingTrades.put(timestamp, waiting);
                ctx.timerService().registerEventTimeTimer(timestamp);
            }
        } else if (late) {
            lateQuotes.inc();
            Quote prevailing = prevailingQuote.value();
            if (prevailing == null || prevailing.timestamp() <= timestamp) {
                prevailingQuote.update(event.quote());
            }
        } else {
            pendingQuotes.put(timestamp, event.quote());
            ctx.timerService().registerEventTimeTimer(timestamp);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EnrichedTrade> out)
            throws Exception {
        Quote quote = pendingQuotes.get(timestamp);
        if (quote != null) {
            Quote prevailing = prevailingQuote.value();
            // A late quote may already have moved the prevailing quote past this one.
            if (prevailing == null || prevailing.timestamp() <= timestamp) {
                prevailingQuote.update(quote);
            }
            pendingQuotes.remove(timestamp);
        }
        List<Trade> trades = pendingTrades.get(timestamp);
        if (trades != null) {
            for (Trade trade : trades) {
                emit(trade, out);
            }
            pendingTrades.remove(timestamp);
        }
    }

    private void emit(Trade trade, Collector<EnrichedTrade> out) throws Exception {
        Quote quote = prevailingQuote.value();
        TickState tickState = ticks.value();
        if (tickState == null) {
            tickState = new TickState();
        }
        if (quote == null) {
            unquotedTrades.inc();
        }
        out.collect(
                new EnrichedTrade(
                        trade, quote, TradeClassifier.classify(trade.price(), quote, tickState)));
        ticks.update(tickState);
    }
}
