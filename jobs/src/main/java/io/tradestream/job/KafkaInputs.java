package io.tradestream.job;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.operators.ingest.MarketRecordDeserializer;
import io.tradestream.operators.ingest.MarketRecordParser;
import io.tradestream.operators.ingest.RuleRecordDeserializer;
import io.tradestream.operators.ingest.Watermarks;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Either;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The production inputs: trades and quotes from one Kafka source (watermarks per partition), rule
 * changes from another. Offsets are part of every checkpoint; a fresh start reads from the earliest
 * record.
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
        KafkaSource<Either<DeadLetter, MarketEvent>> source =
                KafkaSource.<Either<DeadLetter, MarketEvent>>builder()
                        .setBootstrapServers(settings.get("kafka.bootstrap-servers"))
                        .setGroupId(settings.get("kafka.group-id"))
                        .setTopics(trades, quotes)
                        .setStartingOffsets(
                                OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                        .setDeserializer(
                                new MarketRecordDeserializer(
                                        new MarketRecordParser(trades, quotes)))
                        .build();
        return env.fromSource(
                        source,
                        Watermarks.marketData(
                                settings.duration("watermark.out-of-orderness"),
                                settings.duration("watermark.idleness")),
                        "Market data from Kafka")
                .uid(OperatorIds.SOURCE_MARKET_DATA);
    }

    @Override
    public DataStream<Either<RuleRejection, RuleChange>> ruleChanges(
            StreamExecutionEnvironment env) {
        KafkaSource<Either<RuleRejection, RuleChange>> source =
                KafkaSource.<Either<RuleRejection, RuleChange>>builder()
                        .setBootstrapServers(settings.get("kafka.bootstrap-servers"))
                        .setGroupId(settings.get("kafka.group-id"))
                        .setTopics(settings.get("topic.rules"))
                        .setStartingOffsets(
                                OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                        .setDeserializer(new RuleRecordDeserializer())
                        .build();
        // One reader: rule changes are few, and one reader keeps their order.
        return env.fromSource(source, Watermarks.rules(), "Rule changes from Kafka")
                .setParallelism(1)
                .uid(OperatorIds.SOURCE_RULES);
    }
}
