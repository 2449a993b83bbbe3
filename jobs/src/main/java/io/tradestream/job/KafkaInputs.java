package io.tradestream.job;

import io.tradestream.job.io.KafkaClientProperties;
import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.json.KeywordChangeJson;
import io.tradestream.model.json.TweetJson;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import io.tradestream.operators.ingest.MarketRecordDeserializer;
import io.tradestream.operators.ingest.MarketRecordParser;
import io.tradestream.operators.ingest.ParsedRecordDeserializer;
import io.tradestream.operators.ingest.RuleRecordDeserializer;
import io.tradestream.operators.ingest.Watermarks;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Either;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The production inputs: trades and quotes from one Kafka source (watermarks per partition), tweets
 * from another, and the control streams of rule and keyword changes. Offsets are part of every
 * checkpoint; a fresh start reads from the earliest record.
 */
public final class KafkaInputs implements TradeStreamInputs {
    private final JobSettings settings;

    public KafkaInputs(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public DataStream<Either<DeadLetter, MarketEvent>> marketData(StreamExecutionEnvironment env) {
        String trades = settings.get("topic.trades");
        String quotes = settings.get("topic.quotes");
        return env.fromSource(
                        source(
                                new MarketRecordDeserializer(
                                        new MarketRecordParser(trades, quotes)),
                                trades,
                                quotes),
                        Watermarks.marketData(
                                settings.duration("watermark.out-of-orderness"),
                                settings.duration("watermark.idleness")),
                        "Market data from Kafka")
                .uid(OperatorIds.SOURCE_MARKET_DATA);
    }

    @Override
    public DataStream<Either<DeadLetter, Tweet>> tweets(StreamExecutionEnvironment env) {
        return env.fromSource(
                        source(
                                new ParsedRecordDeserializer<>(
                                        TweetJson::parse, TypeInformation.of(Tweet.class)),
                                settings.get("topic.tweets")),
                        Watermarks.tweets(
                                settings.duration("watermark.tweets.out-of-orderness"),
                                settings.duration("watermark.idleness")),
                        "Tweets from Kafka")
                .uid(OperatorIds.SOURCE_TWEETS);
    }

    @Override
    public DataStream<Either<DeadLetter, KeywordChange>> keywordChanges(
            StreamExecutionEnvironment env) {
        return env.fromSource(
                        source(
                                new ParsedRecordDeserializer<>(
                                        KeywordChangeJson::parse,
                                        TypeInformation.of(KeywordChange.class)),
                                settings.get("topic.ticker-keywords")),
                        Watermarks.control(),
                        "Ticker keyword changes from Kafka")
                // One reader: changes are few, and one reader keeps their order.
                .setParallelism(1)
                .uid(OperatorIds.SOURCE_KEYWORDS);
    }

    @Override
    public DataStream<Either<RuleRejection, RuleChange>> ruleChanges(
            StreamExecutionEnvironment env) {
        return env.fromSource(
                        source(new RuleRecordDeserializer(), settings.get("topic.rules")),
                        Watermarks.control(),
                        "Rule changes from Kafka")
                // One reader: rule changes are few, and one reader keeps their order.
                .setParallelism(1)
                .uid(OperatorIds.SOURCE_RULES);
    }

    private <T> KafkaSource<T> source(
            KafkaRecordDeserializationSchema<T> deserializer, String... topics) {
        return KafkaSource.<T>builder()
                .setProperties(KafkaClientProperties.from(settings))
                .setBootstrapServers(settings.get("kafka.bootstrap-servers"))
                .setGroupId(settings.get("kafka.group-id"))
                .setTopics(topics)
                .setStartingOffsets(
                        OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(deserializer)
                .build();
    }
}
