package io.tradestream.job;

import static io.tradestream.job.CollectedOutputs.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.Trade;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.bars.Bar;
import io.tradestream.model.indicators.IndicatorBar;
import io.tradestream.model.indicators.IndicatorSettings;
import io.tradestream.model.json.KeywordChangeJson;
import io.tradestream.model.json.MarketJson;
import io.tradestream.model.json.TweetJson;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.rules.UserDirectoryEntry;
import io.tradestream.model.rules.UserRuleRow;
import io.tradestream.model.sentiment.SentimentAccumulator;
import io.tradestream.model.sentiment.SymbolSentiment;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import io.tradestream.operators.ingest.MarketRecordParser;
import io.tradestream.operators.ingest.ParsedRecordDeserializer;
import io.tradestream.operators.ingest.ParsedRecordDeserializer.PayloadParser;
import io.tradestream.operators.ingest.RecordTypes;
import io.tradestream.operators.ingest.RuleRecordParser;
import io.tradestream.operators.ingest.Watermarks;
import io.tradestream.sentiment.SentimentScorer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the production job graph on a MiniCluster with fixed input and checks every bar, alert, dead
 * letter and rule rejection it produces.
 */
class TradeStreamGraphTest {
    private static final InMemoryReporter METRICS = InMemoryReporter.create();

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
                            .build());

    private static final long T0 = Instant.parse("2026-11-23T14:30:00Z").toEpochMilli();
    private static final long S0 = T0 / 1000 * 1000;

    /**
     * Sentiment windows short enough to list; default indicator periods; two rules a user; the
     * default sentiment publication delay.
     */
    private static final GraphSettings SETTINGS =
            new GraphSettings(
                    new SentimentWindows(Duration.ofMinutes(5), Duration.ofMinutes(1)),
                    IndicatorSettings.defaults(),
                    2,
                    100_000,
                    Duration.ofMinutes(1),
                    Duration.ofSeconds(15));

    /** The job's own scorer, to know the scores the windows must add up. */
    private static final SentimentScorer SCORER = new SentimentScorer();

    /** Market data is held back until every engine task has loaded the rules. */
    private static final CountDownLatch RULES_LOADED = new CountDownLatch(1);

    private static final List<String> RULES =
            List.of(
                    "{\"id\":\"breakout\",\"owner\":\"alice\",\"kind\":\"alert\","
                            + "\"symbols\":[\"AAPL\"],\"when\":\"price crosses_above 200\","
                            + "\"version\":1}",
                    "{\"id\":\"swing\",\"owner\":\"bob\",\"kind\":\"alert\","
                            + "\"symbols\":[\"MSFT\"],\"when\":\"abs(change_pct(5s)) >= 2\","
                            + "\"cooldown\":\"10s\",\"version\":1}",
                    "{\"id\":\"typo\",\"owner\":\"carol\",\"kind\":\"alert\","
                            + "\"symbols\":[\"MSFT\"],\"when\":\"smaa(5m) > 1\",\"version\":1}",
                    "{\"id\":\"old\",\"owner\":\"dave\",\"kind\":\"alert\","
                            + "\"symbols\":[\"IBM\"],\"when\":\"price < 1\",\"version\":2}",
                    "{\"id\":\"old\",\"owner\":\"dave\",\"kind\":\"alert\","
                            + "\"symbols\":[\"IBM\"],\"when\":\"price < 2\",\"version\":1}",
                    "{\"id\":\"mood\",\"owner\":\"erin\",\"kind\":\"alert\","
                            + "\"symbols\":[\"AAPL\"],"
                            + "\"when\":\"sentiment(1m) > 0.2 and tweet_count(1m) >= 2\","
                            + "\"version\":1}",
                    "{\"id\":\"breakout\",\"owner\":\"mallory\",\"kind\":\"alert\","
                            + "\"symbols\":[\"AAPL\"],\"when\":\"price > 1\",\"version\":9}",
                    "{\"id\":\"f1\",\"owner\":\"frank\",\"kind\":\"watchlist\","
                            + "\"symbols\":[\"IBM\",\"AAPL\"],\"threshold_pct\":50,\"version\":1}",
                    "{\"id\":\"f2\",\"owner\":\"frank\",\"action\":\"pause\",\"version\":1}",
                    "{\"id\":\"f2\",\"owner\":\"frank\",\"kind\":\"alert\","
                            + "\"symbols\":[\"MSFT\"],\"when\":\"rsi(14) < 5\",\"version\":2}",
                    "{\"id\":\"f2\",\"owner\":\"frank\",\"action\":\"pause\",\"version\":3}",
                    "{\"id\":\"f3\",\"owner\":\"frank\",\"kind\":\"alert\","
                            + "\"symbols\":[\"MSFT\"],\"when\":\"price > 1\",\"version\":1}");

    private static final String BULLISH = "$AAPL crushed earnings, to the moon \uD83D\uDE80";
    private static final String BY_NAME = "Apple upgraded to buy, very bullish";
    private static final String BEARISH = "$TSLA downgrade, bearish into deliveries";

    /** Tweets in arrival order: valid ones, one without a ticker, one malformed. */
    private static final List<String> TWEETS =
            List.of(
                    tweet("1", 5_000, BULLISH),
                    tweet("2", 10_000, BY_NAME),
                    "{\"id\":\"3\",\"text\":\"$AAPL no time\"}",
                    tweet("4", 20_000, BEARISH),
                    tweet("5", 30_000, "What a lovely morning for a walk"));

    /** Keyword changes: one that no tweet mentions, one malformed. */
    private static final List<String> KEYWORD_CHANGES =
            List.of(
                    "{\"keyword\":\"cupertino\",\"symbols\":[\"AAPL\"],\"version\":1}",
                    "{\"keyword\":\"x\",\"version\":1}");

    /** Topic, payload: the market data in arrival order, valid and malformed mixed. */
    private static final List<String[]> MARKET =
            List.of(
                    trade("MSFT", 0, 100.0, 10),
                    trade("AAPL", 100, 199.0, 100),
                    new String[] {
                        "quotes",
                        "{\"symbol\":\"AAPL\",\"ts\":"
                                + (T0 + 500)
                                + ",\"bid\":199.4,\"bid_size\":100,\"ask\":199.6,\"ask_size\":200}"
                    },
                    new String[] {"trades", "{\"symbol\":\"AAPL\",\"ts\":" + T0},
                    trade("AAPL", 600, 199.5, 200),
                    new String[] {
                        "trades",
                        "{\"symbol\":\"AAPL\",\"ts\":" + (T0 + 700) + ",\"price\":-3,\"size\":1}"
                    },
                    trade("AAPL", 1_200, 201.0, 100),
                    trade("AAPL", 1_800, 202.0, 50),
                    new String[] {
                        "trades",
                        "{\"symbol\":\"AAPL\",\"ts\":"
                                + (T0 + 1_900)
                                + ",\"price\":1,\"size\":1,\"venue\":\"X\"}"
                    },
                    trade("AAPL", 2_500, 198.0, 100),
                    trade("MSFT", 3_000, 101.0, 10),
                    trade("MSFT", 5_000, 101.5, 10),
                    trade("MSFT", 6_000, 102.5, 10),
                    trade("MSFT", 7_000, 103.0, 10));

    @Test
    void producesExactBarsAlertsAndRefusals() throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(
                        TradeStreamJob.jobConfiguration(Duration.ofSeconds(1)));
        env.setParallelism(2);
        CollectedOutputs outputs = new CollectedOutputs();
        TradeStreamGraph.build(env, new FixedInputs(), outputs, SETTINGS);

        JobClient job = env.executeAsync("graph-test");
        awaitRulesLoaded(job.getJobID(), 5);
        RULES_LOADED.countDown();
        job.getJobExecutionResult().get(2, TimeUnit.MINUTES);

        assertThat(drain(outputs.bars))
                .extracting(IndicatorBar::bar)
                .containsExactlyInAnyOrder(
                        bar("AAPL", "1s", 0, 199.0, 199.5, 199.0, 199.5, 300, 200, 0, 59_800.0, 2),
                        bar(
                                "AAPL", "1s", 1_000, 201.0, 202.0, 201.0, 202.0, 150, 150, 0,
                                30_200.0, 2),
                        bar(
                                "AAPL", "1s", 2_000, 198.0, 198.0, 198.0, 198.0, 100, 0, 100,
                                19_800.0, 1),
                        bar("MSFT", "1s", 0, 100.0, 100.0, 100.0, 100.0, 10, 0, 0, 1_000.0, 1),
                        bar("MSFT", "1s", 3_000, 101.0, 101.0, 101.0, 101.0, 10, 10, 0, 1_010.0, 1),
                        bar("MSFT", "1s", 5_000, 101.5, 101.5, 101.5, 101.5, 10, 10, 0, 1_015.0, 1),
                        bar("MSFT", "1s", 6_000, 102.5, 102.5, 102.5, 102.5, 10, 10, 0, 1_025.0, 1),
                        bar("MSFT", "1s", 7_000, 103.0, 103.0, 103.0, 103.0, 10, 10, 0, 1_030.0, 1),
                        bar(
                                "AAPL", "1m", 0, 199.0, 202.0, 198.0, 198.0, 550, 350, 100,
                                109_800.0, 5),
                        bar("MSFT", "1m", 0, 100.0, 103.0, 100.0, 103.0, 50, 40, 0, 5_080.0, 5));
        List<Alert> alerts = drain(outputs.alerts);
        assertThat(alerts)
                .filteredOn(alert -> !alert.ruleId().equals("mood"))
                .containsExactlyInAnyOrder(
                        new Alert(
                                "alice:breakout:AAPL:" + (T0 + 1_200),
                                "alice",
                                "breakout",
                                1,
                                "AAPL",
                                T0 + 1_200,
                                201.0,
                                "price crosses_above 200",
                                "AAPL: price crosses_above 200 (price 201)",
                                0),
                        new Alert(
                                "bob:swing:MSFT:" + (T0 + 6_000),
                                "bob",
                                "swing",
                                1,
                                "MSFT",
                                T0 + 6_000,
                                102.5,
                                "abs(change_pct(5s)) >= 2",
                                "MSFT: abs(change_pct(5s)) >= 2 (price 102.5)",
                                0));
        // The engine applies updates in event time: the minute of sentiment takes effect 15 s
        // after its end, when AAPL had last traded at 198, whenever the minute arrived.
        assertThat(alerts)
                .filteredOn(alert -> alert.ruleId().equals("mood"))
                .extracting(Alert::id, Alert::timestamp, Alert::price)
                .containsExactly(tuple("erin:mood:AAPL:" + (T0 + 75_000), T0 + 75_000, 198.0));
        double[] apple = {SCORER.score(BULLISH).score(), SCORER.score(BY_NAME).score()};
        assertThat((apple[0] + apple[1]) / 2).as("AAPL's mean sentiment").isGreaterThan(0.2);
        List<SymbolSentiment> expectedSentiment = new ArrayList<>();
        expectedSentiment.addAll(sentimentWindows("AAPL", apple));
        expectedSentiment.addAll(sentimentWindows("TSLA", SCORER.score(BEARISH).score()));
        assertThat(drain(outputs.sentiment)).containsExactlyInAnyOrderElementsOf(expectedSentiment);
        assertThat(drain(outputs.deadLetters))
                .extracting(d -> d.sourceTopic() + "/" + d.offset() + ": " + d.reason())
                .containsExactlyInAnyOrder(
                        "trades/3: invalid trade: not valid JSON: Unexpected end-of-input:"
                                + " expected close marker for Object (start marker at [Source:"
                                + " REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                                + " disabled); line: 1, column: 1])",
                        "trades/5: invalid trade: field 'price' must be a finite number above 0"
                                + " and at most 10000000, got -3.0",
                        "trades/8: invalid trade: unknown field(s) [venue]; allowed fields are"
                                + " [price, size, symbol, ts]",
                        "tweets/2: " + TweetJson.parse(bytes(TWEETS.get(2))).error(),
                        "ticker-keywords/1: "
                                + KeywordChangeJson.parse(bytes(KEYWORD_CHANGES.get(1))).error());
        assertThat(drain(outputs.ruleRejections))
                .extracting(r -> r.owner() + "/" + r.ruleId() + ": " + r.reason())
                .containsExactlyInAnyOrder(
                        "carol/typo: " + TYPO,
                        "dave/old: " + STALE,
                        "mallory/breakout: " + TAKEN,
                        "frank/f2: " + NOTHING_TO_PAUSE,
                        "frank/f3: " + OVER_QUOTA);
        assertThat(drain(outputs.userRules))
                .extracting(
                        row -> row.owner() + "/" + row.ruleId(),
                        UserRuleRow::status,
                        UserRuleRow::version,
                        UserRuleRow::lastRejection)
                .containsExactly(
                        tuple("alice/breakout", "active", 1L, null),
                        tuple("bob/swing", "active", 1L, null),
                        tuple("carol/typo", null, 0L, TYPO),
                        tuple("dave/old", "active", 2L, null),
                        tuple("dave/old", "active", 2L, STALE),
                        tuple("erin/mood", "active", 1L, null),
                        tuple("mallory/breakout", null, 0L, TAKEN),
                        tuple("frank/f1", "active", 1L, null),
                        tuple("frank/f2", null, 0L, NOTHING_TO_PAUSE),
                        tuple("frank/f2", "active", 2L, null),
                        tuple("frank/f2", "paused", 3L, null),
                        tuple("frank/f3", null, 0L, OVER_QUOTA));
        assertThat(drain(outputs.userDirectory))
                .filteredOn(entry -> entry.owner().equals("frank"))
                .extracting(
                        entry -> List.of(entry.symbols()),
                        UserDirectoryEntry::activeRules,
                        UserDirectoryEntry::pausedRules)
                .containsExactly(
                        tuple(List.of("AAPL", "IBM"), 1, 0),
                        tuple(List.of("AAPL", "IBM", "MSFT"), 2, 0),
                        tuple(List.of("AAPL", "IBM", "MSFT"), 1, 1));
        assertThat(drain(outputs.fills)).as("no strategies").isEmpty();
        assertThat(drain(outputs.positions)).isEmpty();
        assertThat(drain(outputs.pnlHistory)).isEmpty();
    }

    private static final String TYPO =
            "invalid rule: field 'when': unknown function 'smaa' at position 0 (known: abs, ask,"
                    + " bid, bollinger_lower, bollinger_upper, change_pct, ema, price, rsi,"
                    + " sentiment, sma, spread, tweet_count, volatility, volume, vwap)";
    private static final String STALE =
            "version 1 of rule 'old' is not newer than the applied version 2; send it again with"
                    + " a version above 2";
    private static final String TAKEN =
            "rule id 'breakout' belongs to another user; choose another id";
    private static final String NOTHING_TO_PAUSE = "cannot pause rule 'f2': frank has no such rule";
    private static final String OVER_QUOTA =
            "over quota: frank already has 2 rules, the most one user may hold; delete one first";

    /**
     * The 5-minute windows, sliding by a minute, that contain the test's minute (14:30) and so hold
     * its tweets: they end at 14:31 to 14:35.
     */
    private static List<SymbolSentiment> sentimentWindows(String symbol, double... scores) {
        SentimentAccumulator minute = new SentimentAccumulator();
        for (double score : scores) {
            minute.add(score);
        }
        List<SymbolSentiment> windows = new ArrayList<>();
        for (int end = 1; end <= 5; end++) {
            SentimentAccumulator window = new SentimentAccumulator();
            window.add(minute.toSentiment(symbol, T0, T0 + 60_000));
            long endMillis = T0 + end * 60_000L;
            windows.add(window.toSentiment(symbol, endMillis - 300_000, endMillis));
        }
        return windows;
    }

    private static void awaitRulesLoaded(JobID job, long rules) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            List<Long> perTask = new ArrayList<>();
            for (Metric metric : METRICS.findMetrics(job, "activeRules").values()) {
                perTask.add(((Number) ((Gauge<?>) metric).getValue()).longValue());
            }
            if (perTask.size() == 2 && perTask.stream().allMatch(n -> n == rules)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the alert engine did not load " + rules + " rules in time");
    }

    private static Bar bar(
            String symbol,
            String resolution,
            long offset,
            double open,
            double high,
            double low,
            double close,
            long volume,
            long bought,
            long sold,
            double turnover,
            long trades) {
        return new Bar(
                symbol,
                resolution,
                S0 + offset,
                open,
                high,
                low,
                close,
                volume,
                bought,
                sold,
                turnover,
                trades);
    }

    private static String tweet(String id, long offset, String text) {
        return new String(
                TweetJson.write(new Tweet(id, T0 + offset, text, "42", "en", false)),
                StandardCharsets.UTF_8);
    }

    private static String[] trade(String symbol, long offset, double price, long size) {
        return new String[] {
            "trades", MarketJson.toJson(new Trade(symbol, T0 + offset, price, size))
        };
    }

    /** The fixed input, parsed by the production parsers and with production watermarks. */
    private static final class FixedInputs implements TradeStreamInputs {
        @Override
        public DataStream<Either<DeadLetter, MarketEvent>> marketData(
                StreamExecutionEnvironment env) {
            GeneratorFunction<Long, Either<DeadLetter, MarketEvent>> records = new MarketRecords();
            return env.fromSource(
                            new DataGeneratorSource<>(
                                    records, MARKET.size(), RecordTypes.marketRecords()),
                            Watermarks.marketData(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                            "fixed market data")
                    .setParallelism(1);
        }

        @Override
        public DataStream<Either<DeadLetter, Tweet>> tweets(StreamExecutionEnvironment env) {
            HeldBack<Tweet> tweets =
                    new HeldBack<>("tweets", TWEETS, TweetJson::parse, Tweet.class);
            return env.fromSource(
                            new DataGeneratorSource<>(tweets, TWEETS.size(), tweets.type()),
                            Watermarks.tweets(Duration.ofSeconds(5), Duration.ofSeconds(10)),
                            "fixed tweets")
                    .setParallelism(1);
        }

        @Override
        public DataStream<Either<DeadLetter, KeywordChange>> keywordChanges(
                StreamExecutionEnvironment env) {
            HeldBack<KeywordChange> changes =
                    new HeldBack<>(
                            "ticker-keywords",
                            KEYWORD_CHANGES,
                            KeywordChangeJson::parse,
                            KeywordChange.class);
            return env.fromSource(
                            new DataGeneratorSource<>(
                                    changes, KEYWORD_CHANGES.size(), changes.type()),
                            Watermarks.control(),
                            "fixed keyword changes")
                    .setParallelism(1);
        }

        @Override
        public DataStream<Either<RuleRejection, RuleChange>> ruleChanges(
                StreamExecutionEnvironment env) {
            GeneratorFunction<Long, Either<RuleRejection, RuleChange>> records =
                    index ->
                            new RuleRecordParser()
                                    .parse("rules", 0, index, bytes(RULES.get((int) (long) index)));
            return env.fromSource(
                            new DataGeneratorSource<>(
                                    records, RULES.size(), RecordTypes.ruleRecords()),
                            Watermarks.control(),
                            "fixed rules")
                    .setParallelism(1);
        }
    }

    private static final class MarketRecords
            implements GeneratorFunction<Long, Either<DeadLetter, MarketEvent>> {
        private static final long serialVersionUID = 1L;
        private final MarketRecordParser parser = new MarketRecordParser("trades", "quotes");

        @Override
        public Either<DeadLetter, MarketEvent> map(Long index) throws Exception {
            RULES_LOADED.await();
            String[] record = MARKET.get((int) (long) index);
            return parser.parse(record[0], 0, index, bytes(record[1]));
        }
    }

    /** Records of one topic, parsed by the production parser once the rules are loaded. */
    private static final class HeldBack<T>
            implements GeneratorFunction<Long, Either<DeadLetter, T>> {
        private static final long serialVersionUID = 1L;
        private final String topic;
        private final List<String> payloads;
        private final ParsedRecordDeserializer<T> parser;

        HeldBack(String topic, List<String> payloads, PayloadParser<T> parser, Class<T> type) {
            this.topic = topic;
            this.payloads = payloads;
            this.parser = new ParsedRecordDeserializer<>(parser, TypeInformation.of(type));
        }

        TypeInformation<Either<DeadLetter, T>> type() {
            return parser.getProducedType();
        }

        @Override
        public Either<DeadLetter, T> map(Long index) throws Exception {
            RULES_LOADED.await();
            return parser.parse(topic, 0, index, bytes(payloads.get((int) (long) index)));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
