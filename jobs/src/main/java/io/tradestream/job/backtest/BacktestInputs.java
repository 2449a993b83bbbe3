package io.tradestream.job.backtest;

import io.tradestream.job.JobSettings;
import io.tradestream.job.TradeStreamInputs;
import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.json.KeywordChangeJson;
import io.tradestream.model.json.TweetJson;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import io.tradestream.operators.ingest.MarketRecordParser;
import io.tradestream.operators.ingest.ParsedRecordDeserializer;
import io.tradestream.operators.ingest.RecordTypes;
import io.tradestream.operators.ingest.RuleRecordParser;
import io.tradestream.operators.ingest.Watermarks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Either;

/**
 * A backtest's inputs: the records the live job would read from Kafka, from JSON-lines files in a
 * folder with one subfolder per topic ({@code trades/}, {@code quotes/}, {@code tweets/}, {@code
 * ticker-keywords/}, {@code rules/}). Each file is one partition, read in order by its own reader
 * with its own watermarks, as a Kafka partition is; a dead letter's offset is its line number.
 *
 * <p>Unlike live rule changes, which take effect when they arrive, a backtest's rules are all in
 * force from the start: the rules input holds event time back until every rule is read, so no
 * market event is evaluated before the last rule is in place. That makes a backtest's results
 * depend on its files alone.
 */
public final class BacktestInputs implements TradeStreamInputs {
    /**
     * A file's partition is never idle: it holds event time back until it is read to the end, so a
     * reader slowed down by backpressure cannot be overtaken and see its records come late.
     */
    private static final Duration NEVER_IDLE = Duration.ZERO;

    private final Path folder;
    private final JobSettings settings;

    public BacktestInputs(Path folder, JobSettings settings) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("backtest folder " + folder + " does not exist");
        }
        this.folder = folder;
        this.settings = settings;
    }

    @Override
    public DataStream<Either<DeadLetter, MarketEvent>> marketData(StreamExecutionEnvironment env) {
        MarketRecordParser parser = new MarketRecordParser("trades", "quotes");
        FileRecords.LineParser<Either<DeadLetter, MarketEvent>> lines = parser::parse;
        DataStream<Either<DeadLetter, MarketEvent>> trades =
                partitions(env, "trades", lines, RecordTypes.marketRecords(), marketWatermarks());
        return trades.union(
                partitions(env, "quotes", lines, RecordTypes.marketRecords(), marketWatermarks()));
    }

    @Override
    public DataStream<Either<DeadLetter, Tweet>> tweets(StreamExecutionEnvironment env) {
        ParsedRecordDeserializer<Tweet> parser =
                new ParsedRecordDeserializer<>(TweetJson::parse, TypeInformation.of(Tweet.class));
        return partitions(
                env,
                "tweets",
                parser::parse,
                parser.getProducedType(),
                Watermarks.tweets(
                        settings.duration("watermark.tweets.out-of-orderness"), NEVER_IDLE));
    }

    @Override
    public DataStream<Either<DeadLetter, KeywordChange>> keywordChanges(
            StreamExecutionEnvironment env) {
        ParsedRecordDeserializer<KeywordChange> parser =
                new ParsedRecordDeserializer<>(
                        KeywordChangeJson::parse, TypeInformation.of(KeywordChange.class));
        return partitions(
                env,
                "ticker-keywords",
                parser::parse,
                parser.getProducedType(),
                Watermarks.control());
    }

    /** Rules emit no watermark until the last is read: event time waits for all of them. */
    @Override
    public DataStream<Either<RuleRejection, RuleChange>> ruleChanges(
            StreamExecutionEnvironment env) {
        RuleRecordParser parser = new RuleRecordParser();
        return partitions(
                env,
                "rules",
                parser::parse,
                RecordTypes.ruleRecords(),
                WatermarkStrategy.noWatermarks());
    }

    private WatermarkStrategy<Either<DeadLetter, MarketEvent>> marketWatermarks() {
        return Watermarks.marketData(settings.duration("watermark.out-of-orderness"), NEVER_IDLE);
    }

    /** One bounded source per file of the topic's folder, as one per partition; unioned. */
    private <T> DataStream<T> partitions(
            StreamExecutionEnvironment env,
            String topic,
            FileRecords.LineParser<T> parser,
            TypeInformation<T> type,
            WatermarkStrategy<T> watermarks) {
        List<Path> files = files(folder.resolve(topic));
        if (files.isEmpty()) {
            return nothing(env, topic, type);
        }
        DataStream<T> all = null;
        for (int partition = 0; partition < files.size(); partition++) {
            Path file = files.get(partition);
            DataStream<T> stream =
                    env.fromSource(
                                    new DataGeneratorSource<>(
                                            new FileRecords<>(file, topic, partition, parser),
                                            FileRecords.lineCount(file),
                                            type),
                                    watermarks,
                                    "Backtest " + topic + " partition " + partition)
                            .setParallelism(1)
                            .uid("backtest-" + topic + "-" + partition);
            all = all == null ? stream : all.union(stream);
        }
        return all;
    }

    /**
     * The input of a topic the backtest has no records for. A generator source cannot be empty, so
     * this is a one-number sequence that is filtered out: it ends at once, and its end lets event
     * time pass.
     */
    private static <T> DataStream<T> nothing(
            StreamExecutionEnvironment env, String topic, TypeInformation<T> type) {
        return env.fromSequence(0, 0)
                .setParallelism(1)
                .uid("backtest-" + topic + "-none")
                .name("Backtest " + topic + ": none")
                .filter(number -> false)
                .setParallelism(1)
                .uid("backtest-" + topic + "-none-filtered")
                .name("Drop")
                .<T>map(
                        number -> {
                            throw new IllegalStateException("a topic without files has no records");
                        })
                .returns(type)
                .setParallelism(1)
                .uid("backtest-" + topic + "-none-typed")
                .name("As records");
    }

    /** A regular file that is not empty: an empty one is a partition without records. */
    private static boolean hasRecords(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The topic's files, sorted by name: their order is the partition order. */
    private static List<Path> files(Path topicFolder) {
        if (!Files.isDirectory(topicFolder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(topicFolder)) {
            return listed.filter(BacktestInputs::hasRecords).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + topicFolder, e);
        }
    }
}
