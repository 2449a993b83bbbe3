package io.tradestream.benchmarks;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.job.TradeStreamInputs;
import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import io.tradestream.operators.ingest.RecordTypes;
import io.tradestream.operators.ingest.RuleRecordParser;
import io.tradestream.operators.ingest.Watermarks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.api.java.typeutils.EitherTypeInfo;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;

/**
 * The job's inputs for loading many rules: the rules topic's requests for {@link SyntheticRules},
 * parsed by the job's own parser, as fast as they go; a trickle of the synthetic market that keeps
 * the job and event time moving; no tweets and no keyword changes.
 *
 * <p>The streams stay open, as Kafka topics do. The rules source ends once it has sent its rules,
 * so a silent stream joins it: without it the rule admission would finish too, and checkpoints
 * would no longer hold its state.
 */
final class RuleLoadInputs implements TradeStreamInputs {
    /** The market the rules watch, and whose prices their levels are near. */
    private static final MarketFeedConfig MARKET =
            MarketFeedConfig.builder().seed(7).start(Instant.parse("2026-11-20T14:30:00Z")).build();

    private static final long RULE_SEED = 17;

    private final long rules;
    private final double marketEventsPerSecond;

    RuleLoadInputs(long rules, double marketEventsPerSecond) {
        this.rules = rules;
        this.marketEventsPerSecond = marketEventsPerSecond;
    }

    @Override
    public DataStream<Either<DeadLetter, MarketEvent>> marketData(StreamExecutionEnvironment env) {
        return env.fromSource(
                        new DataGeneratorSource<>(
                                new MarketTrickle(marketEventsPerSecond),
                                Long.MAX_VALUE,
                                RateLimiterStrategy.perSecond(marketEventsPerSecond),
                                RecordTypes.marketRecords()),
                        Watermarks.marketData(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                        "Synthetic market trickle")
                .setParallelism(1);
    }

    @Override
    public DataStream<Either<DeadLetter, Tweet>> tweets(StreamExecutionEnvironment env) {
        return silence(
                env,
                new EitherTypeInfo<>(
                        TypeInformation.of(DeadLetter.class), TypeInformation.of(Tweet.class)),
                "No tweets");
    }

    @Override
    public DataStream<Either<DeadLetter, KeywordChange>> keywordChanges(
            StreamExecutionEnvironment env) {
        return silence(
                env,
                new EitherTypeInfo<>(
                        TypeInformation.of(DeadLetter.class),
                        TypeInformation.of(KeywordChange.class)),
                "No keyword changes");
    }

    @Override
    public DataStream<Either<RuleRejection, RuleChange>> ruleChanges(
            StreamExecutionEnvironment env) {
        return env.fromSource(
                        new DataGeneratorSource<>(
                                new RuleRequests(),
                                rules,
                                RateLimiterStrategy.noOp(),
                                RecordTypes.ruleRecords()),
                        Watermarks.control(),
                        "Synthetic rules")
                .setParallelism(1)
                .union(silence(env, RecordTypes.ruleRecords(), "Rules topic stays open"));
    }

    /**
     * A stream that never carries a record and never ends: a tick a second, dropped. Always idle,
     * so that it holds back no one's event time.
     */
    private static <T> DataStream<T> silence(
            StreamExecutionEnvironment env, TypeInformation<T> type, String name) {
        return env.fromSource(
                        new DataGeneratorSource<>(
                                tick -> tick,
                                Long.MAX_VALUE,
                                RateLimiterStrategy.perSecond(1),
                                Types.LONG),
                        Watermarks.control(),
                        name)
                .setParallelism(1)
                .flatMap((Long tick, Collector<T> nothing) -> {})
                .returns(type)
                .setParallelism(1)
                .name(name);
    }

    /**
     * The synthetic market's events in order, half trades and half quotes, with as many events a
     * second of event time as the source sends a second, so that event time keeps pace with the
     * wall clock. The source runs one reader.
     */
    private static final class MarketTrickle
            implements GeneratorFunction<Long, Either<DeadLetter, MarketEvent>> {
        private static final long serialVersionUID = 1L;
        private final double eventsPerSecond;
        private transient Iterator<MarketEvent> market;

        MarketTrickle(double eventsPerSecond) {
            this.eventsPerSecond = eventsPerSecond;
        }

        @Override
        public Either<DeadLetter, MarketEvent> map(Long index) {
            if (market == null) {
                market =
                        new SyntheticMarket(
                                MARKET.toBuilder()
                                        .tradesPerSecond(eventsPerSecond / 2)
                                        .quotesPerSecond(eventsPerSecond / 2)
                                        .build());
            }
            return Either.Right(market.next());
        }
    }

    /** The synthetic rules in order, parsed as the rules topic's records are. */
    private static final class RuleRequests
            implements GeneratorFunction<Long, Either<RuleRejection, RuleChange>> {
        private static final long serialVersionUID = 1L;
        private final RuleRecordParser parser = new RuleRecordParser();
        private transient Iterator<String> requests;

        @Override
        public Either<RuleRejection, RuleChange> map(Long offset) {
            if (requests == null) {
                requests = new SyntheticRules(MARKET, RULE_SEED, SyntheticRules.RULES_PER_USER);
            }
            byte[] payload = requests.next().getBytes(StandardCharsets.UTF_8);
            return parser.parse("rules", 0, offset, payload);
        }
    }
}
