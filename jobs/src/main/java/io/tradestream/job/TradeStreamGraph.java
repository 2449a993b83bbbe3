package io.tradestream.job;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.Trade;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.bars.Bar;
import io.tradestream.model.bars.BarAccumulator;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.operators.alerts.AlertEngineFunction;
import io.tradestream.operators.alerts.AlertEngineState;
import io.tradestream.operators.bars.BarRollupAggregate;
import io.tradestream.operators.bars.EmitBar;
import io.tradestream.operators.bars.TradeBarAggregate;
import io.tradestream.operators.ingest.SplitRefused;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.types.Either;
import org.apache.flink.util.OutputTag;

/**
 * The TradeStream job graph, built from injected inputs and outputs so that tests run exactly the
 * production graph.
 *
 * <pre>
 * market data --split--> trades --1 s windows--> bars --1 min windows--> bars --> outputs
 *       |          \---> dead letters --> outputs
 *       +--(keyed by symbol)--> alert engine <--(broadcast)-- rule changes --split--> rejections
 *                                   +--> alerts --> outputs
 * </pre>
 */
public final class TradeStreamGraph {
    static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));
    static final OutputTag<RuleRejection> RULE_REJECTIONS =
            new OutputTag<>("rule-rejections", TypeInformation.of(RuleRejection.class));

    private static final TypeInformation<BarAccumulator> ACCUMULATOR =
            TypeInformation.of(BarAccumulator.class);
    private static final TypeInformation<Bar> BAR = TypeInformation.of(Bar.class);

    private TradeStreamGraph() {}

    public static void build(
            StreamExecutionEnvironment env, TradeStreamInputs inputs, TradeStreamOutputs outputs) {
        // Each split runs at its source's parallelism, chained to it, so that records keep
        // their partition order on the way to the keyed operators.
        DataStream<Either<DeadLetter, MarketEvent>> marketData = inputs.marketData(env);
        SingleOutputStreamOperator<MarketEvent> market =
                marketData
                        .process(new SplitRefused<DeadLetter, MarketEvent>(DEAD_LETTERS))
                        .returns(TypeInformation.of(MarketEvent.class))
                        .setParallelism(marketData.getParallelism())
                        .uid(OperatorIds.SPLIT_MARKET_DATA)
                        .name("Route malformed market data");
        outputs.deadLetters(market.getSideOutput(DEAD_LETTERS));

        outputs.bars(bars(market));

        DataStream<Either<RuleRejection, RuleChange>> ruleData = inputs.ruleChanges(env);
        SingleOutputStreamOperator<RuleChange> ruleChanges =
                ruleData.process(new SplitRefused<RuleRejection, RuleChange>(RULE_REJECTIONS))
                        .returns(TypeInformation.of(RuleChange.class))
                        .setParallelism(ruleData.getParallelism())
                        .uid(OperatorIds.SPLIT_RULES)
                        .name("Route invalid rules");
        BroadcastStream<RuleChange> rules = ruleChanges.broadcast(AlertEngineState.RULES);

        SingleOutputStreamOperator<Alert> alerts =
                market.keyBy(MarketEvent::symbol, Types.STRING)
                        .connect(rules)
                        .process(new AlertEngineFunction())
                        .returns(TypeInformation.of(Alert.class))
                        .uid(OperatorIds.ALERT_ENGINE)
                        .name("Alert engine");
        outputs.alerts(alerts);
        outputs.ruleRejections(
                ruleChanges
                        .getSideOutput(RULE_REJECTIONS)
                        .union(alerts.getSideOutput(AlertEngineFunction.STALE_RULE_CHANGES)));
    }

    private static DataStream<Bar> bars(DataStream<MarketEvent> market) {
        SingleOutputStreamOperator<Trade> trades =
                market.filter(MarketEvent::isTrade)
                        .uid(OperatorIds.SELECT_TRADES)
                        .name("Select trades")
                        .map(MarketEvent::trade)
                        .returns(TypeInformation.of(Trade.class))
                        .uid(OperatorIds.UNWRAP_TRADES)
                        .name("Unwrap trades");
        SingleOutputStreamOperator<Bar> secondBars = secondBars(trades);
        return secondBars.union(minuteBars(secondBars));
    }

    /** 1-second bars per symbol from trades, emitted when event time passes each second. */
    static SingleOutputStreamOperator<Bar> secondBars(DataStream<Trade> trades) {
        return trades.keyBy(Trade::symbol, Types.STRING)
                .window(TumblingEventTimeWindows.of(Duration.ofSeconds(1)))
                .aggregate(
                        new TradeBarAggregate(), new EmitBar("1s"), ACCUMULATOR, ACCUMULATOR, BAR)
                .uid(OperatorIds.BARS_1S)
                .name("1-second bars");
    }

    /** 1-minute bars per symbol, rolled up from 1-second bars. */
    static SingleOutputStreamOperator<Bar> minuteBars(DataStream<Bar> secondBars) {
        return secondBars
                .keyBy(Bar::symbol, Types.STRING)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .aggregate(
                        new BarRollupAggregate(1_000),
                        new EmitBar("1m"),
                        ACCUMULATOR,
                        ACCUMULATOR,
                        BAR)
                .uid(OperatorIds.BARS_1M)
                .name("1-minute bars");
    }
}
