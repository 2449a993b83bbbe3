package io.tradestream.job;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.market.SymbolUpdate;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.sentiment.SymbolSentiment;
import io.tradestream.model.trading.PnlSnapshot;
import io.tradestream.model.trading.PositionSnapshot;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import io.tradestream.operators.engine.RuleEngineFunction;
import io.tradestream.operators.engine.RuleEngineState;
import io.tradestream.operators.engine.ShiftedWatermarks;
import io.tradestream.operators.ingest.SplitRefused;
import io.tradestream.operators.portfolio.PortfolioFunction;
import io.tradestream.operators.rules.RuleAdmissionFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Either;
import org.apache.flink.util.OutputTag;

/**
 * The TradeStream job graph, built from injected inputs and outputs so that tests run exactly the
 * production graph.
 *
 * <pre>
 * market data --split--> trades x quotes (as-of join) --> 1 s bars --> 1 min bars
 *      |                                          --> indicators --> outputs
 * tweets --split--> tickers <--(broadcast)-- keyword changes --split
 *                     --> CoreNLP score --> 1 min sentiment --> sliding windows --> outputs
 * rule requests --> id ownership --> user admission --> rule lists, directory, refusals
 * market data + 1 min sentiment --(keyed by symbol)--> rule engine --> alerts, order notices
 *                         applied rule versions --(broadcast)--^    |--> fills
 *                                                                   |--> positions --(by user)-->
 *                                                                        portfolio --> P&L history
 * every split's malformed records --> dead letters --> outputs
 * </pre>
 */
public final class TradeStreamGraph {
    static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

    private TradeStreamGraph() {}

    public static void build(
            StreamExecutionEnvironment env,
            TradeStreamInputs inputs,
            TradeStreamOutputs outputs,
            GraphSettings settings) {
        SingleOutputStreamOperator<MarketEvent> market =
                split(
                        inputs.marketData(env),
                        DEAD_LETTERS,
                        MarketEvent.class,
                        OperatorIds.SPLIT_MARKET_DATA,
                        "Route malformed market data");
        SingleOutputStreamOperator<Tweet> tweets =
                split(
                        inputs.tweets(env),
                        DEAD_LETTERS,
                        Tweet.class,
                        OperatorIds.SPLIT_TWEETS,
                        "Route malformed tweets");
        SingleOutputStreamOperator<KeywordChange> keywordChanges =
                split(
                        inputs.keywordChanges(env),
                        DEAD_LETTERS,
                        KeywordChange.class,
                        OperatorIds.SPLIT_KEYWORDS,
                        "Route malformed keyword changes");
        outputs.deadLetters(
                market.getSideOutput(DEAD_LETTERS)
                        .union(
                                tweets.getSideOutput(DEAD_LETTERS),
                                keywordChanges.getSideOutput(DEAD_LETTERS)));

        outputs.bars(MarketDataGraph.indicatorBars(market, settings.indicators()));

        SingleOutputStreamOperator<SymbolSentiment> sentimentMinutes =
                SentimentGraph.minutes(SentimentGraph.mentions(tweets, keywordChanges));
        outputs.sentiment(
                SentimentGraph.slidingWindows(sentimentMinutes, settings.sentimentWindows()));

        SingleOutputStreamOperator<Rule> rules =
                RuleGraph.admit(inputs.ruleChanges(env), settings.maxRulesPerUser());
        outputs.userRules(rules.getSideOutput(RuleAdmissionFunction.RULE_ROWS));
        outputs.userDirectory(rules.getSideOutput(RuleAdmissionFunction.DIRECTORY));
        outputs.ruleRejections(rules.getSideOutput(RuleAdmissionFunction.REJECTIONS));
        SingleOutputStreamOperator<Alert> engine =
                engine(
                        market,
                        sentimentMinutes,
                        rules.broadcast(RuleEngineState.RULES),
                        settings.sentimentPublicationDelay().toMillis());
        outputs.alerts(engine);
        outputs.fills(engine.getSideOutput(RuleEngineFunction.FILLS));
        DataStream<PositionSnapshot> positions = engine.getSideOutput(RuleEngineFunction.POSITIONS);
        outputs.positions(positions);
        outputs.pnlHistory(portfolios(positions, settings));
    }

    /** Each user's P&L history from the snapshots of their positions. */
    private static DataStream<PnlSnapshot> portfolios(
            DataStream<PositionSnapshot> positions, GraphSettings settings) {
        return positions
                .keyBy(PositionSnapshot::owner, Types.STRING)
                .process(
                        new PortfolioFunction(
                                settings.initialCash(), settings.pnlSnapshotInterval().toMillis()))
                .returns(TypeInformation.of(PnlSnapshot.class))
                .uid(OperatorIds.PORTFOLIO)
                .name("Portfolio");
    }

    private static SingleOutputStreamOperator<Alert> engine(
            DataStream<MarketEvent> market,
            DataStream<SymbolSentiment> sentimentMinutes,
            BroadcastStream<Rule> rules,
            long sentimentDelayMillis) {
        // Each map runs at its input's parallelism, chained to it: a rebalance in between would
        // reorder a symbol's events.
        TypeInformation<SymbolUpdate> update = TypeInformation.of(SymbolUpdate.class);
        DataStream<SymbolUpdate> updates =
                market.map(SymbolUpdate::of)
                        .returns(update)
                        .setParallelism(market.getParallelism())
                        .uid(OperatorIds.MARKET_UPDATES)
                        .name("Market data as symbol updates")
                        .union(
                                sentimentMinutes
                                        .map(SymbolUpdate::of)
                                        .returns(update)
                                        .setParallelism(sentimentMinutes.getParallelism())
                                        .uid(OperatorIds.SENTIMENT_UPDATES)
                                        .name("Sentiment as symbol updates")
                                        .transform(
                                                "Sentiment published",
                                                update,
                                                new ShiftedWatermarks<>(sentimentDelayMillis))
                                        .setParallelism(sentimentMinutes.getParallelism())
                                        .uid(OperatorIds.SENTIMENT_PUBLICATION));
        return updates.keyBy(SymbolUpdate::symbol, Types.STRING)
                .connect(rules)
                .process(new RuleEngineFunction(sentimentDelayMillis))
                .returns(TypeInformation.of(Alert.class))
                .uid(OperatorIds.RULE_ENGINE)
                .name("Rule engine");
    }

    /**
     * Splits parsed records from refused ones. The split runs at its source's parallelism, chained
     * to it, so that records keep their partition order on the way to the keyed operators.
     */
    private static <L, R> SingleOutputStreamOperator<R> split(
            DataStream<Either<L, R>> records,
            OutputTag<L> refused,
            Class<R> type,
            String uid,
            String name) {
        return records.process(new SplitRefused<L, R>(refused))
                .returns(TypeInformation.of(type))
                .setParallelism(records.getParallelism())
                .uid(uid)
                .name(name);
    }
}
