package io.tradestream.operators.ingest;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parses trades and quotes inside the Kafka source, so that event-time watermarks are generated per
 * partition from the parsed timestamps. A malformed record becomes a dead letter; it never throws,
 * because an exception here would fail the job. A valid event keeps the record's Kafka timestamp
 * for the latency metrics.
 */
public final class MarketRecordDeserializer
        implements KafkaRecordDeserializationSchema<Either<DeadLetter, MarketEvent>> {
    private static final long serialVersionUID = 1L;

    private final MarketRecordParser parser;

    public MarketRecordDeserializer(MarketRecordParser parser) {
        this.parser = parser;
    }

    @Override
    public void deserialize(
            ConsumerRecord<byte[], byte[]> record, Collector<Either<DeadLetter, MarketEvent>> out) {
        Either<DeadLetter, MarketEvent> parsed =
                parser.parse(record.topic(), record.partition(), record.offset(), record.value());
        out.collect(
                parsed.isRight()
                        ? Either.Right(parsed.right().withKafkaTimestamp(record.timestamp()))
                        : parsed);
    }

    @Override
    public TypeInformation<Either<DeadLetter, MarketEvent>> getProducedType() {
        return RecordTypes.marketRecords();
    }
}
