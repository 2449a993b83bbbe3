package io.tradestream.job;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.bars.Bar;
import io.tradestream.model.bars.BarAccumulator;
import io.tradestream.model.indicators.IndicatorBar;
import io.tradestream.model.indicators.IndicatorSettings;
import io.tradestream.model.join.EnrichedTrade;
import io.tradestream.operators.bars.EmitBar;
import io.tradestream.operators.indicators.BarIndicatorsFunction;
import io.tradestream.operators.join.TradeQuoteJoinFunction;
import io.tradestream.operators.windows.FoldingAggregate;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * Trades and quotes to bars with indicators: the as-of join gives each trade its prevailing quote
 * and side, 1-second bars aggregate the trades, 1-minute bars roll the seconds up, and indicators
 * follow each symbol's bars of each resolution.
 */
public final class MarketDataGraph {
    private static final TypeInformation<BarAccumulator> ACCUMULATOR =
            TypeInformation.of(BarAccumulator.class);
    private static final TypeInformation<Bar> BAR = TypeInformation.of(Bar.class);

    private MarketDataGraph() {}

    public static DataStream<IndicatorBar> indicatorBars(
            DataStream<MarketEvent> market, IndicatorSettings settings) {
        SingleOutputStreamOperator<Bar> secondBars = secondBars(enrichedTrades(market));
        return secondBars
                .union(minuteBars(secondBars))
                .keyBy(Bar::symbol, Types.STRING)
                .process(new BarIndicatorsFunction(settings))
                .returns(TypeInformation.of(IndicatorBar.class))
                .uid(OperatorIds.BAR_INDICATORS)
                .name("Indicators");
    }

    /** Each trade with the quote that prevailed at its time and its initiating side. */
    static SingleOutputStreamOperator<EnrichedTrade> enrichedTrades(
            DataStream<MarketEvent> market) {
        return market.keyBy(MarketEvent::symbol, Types.STRING)
                .process(new TradeQuoteJoinFunction())
                .returns(TypeInformation.of(EnrichedTrade.class))
                .uid(OperatorIds.TRADE_QUOTE_JOIN)
                .name("Trade-quote as-of join");
    }

    /** 1-second bars per symbol from trades, emitted when event time passes each second. */
    static SingleOutputStreamOperator<Bar> secondBars(DataStream<EnrichedTrade> trades) {
        return trades.keyBy(EnrichedTrade::symbol, Types.STRING)
                .window(TumblingEventTimeWindows.of(Duration.ofSeconds(1)))
                .aggregate(
                        new FoldingAggregate<EnrichedTrade, BarAccumulator>(
                                BarAccumulator::new, BarAccumulator::add, BarAccumulator::merge),
                        new EmitBar("1s"),
                        ACCUMULATOR,
                        ACCUMULATOR,
                        BAR)
                .uid(OperatorIds.BARS_1S)
                .name("1-second bars");
    }

    /** 1-minute bars per symbol, rolled up from 1-second bars. */
    static SingleOutputStreamOperator<Bar> minuteBars(DataStream<Bar> secondBars) {
        return secondBars
                .keyBy(Bar::symbol, Types.STRING)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .aggregate(
                        // Far cheaper than aggregating every trade twice.
                        new FoldingAggregate<Bar, BarAccumulator>(
                                BarAccumulator::new,
                                (minute, second) -> minute.add(second, 1_000),
                                BarAccumulator::merge),
                        new EmitBar("1m"),
                        ACCUMULATOR,
                        ACCUMULATOR,
                        BAR)
                .uid(OperatorIds.BARS_1M)
                .name("1-minute bars");
    }
}
