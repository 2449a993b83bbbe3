package io.tradestream.operators.ingest;

import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Parses rule changes inside the Kafka source; an invalid rule becomes a rejection. */
public final class RuleRecordDeserializer
        implements KafkaRecordDeserializationSchema<Either<RuleRejection, RuleChange>> {
    private static final long serialVersionUID = 1L;

    private final RuleRecordParser parser = new RuleRecordParser();

    @Override
    public void deserialize(
            ConsumerRecord<byte[], byte[]> record,
            Collector<Either<RuleRejection, RuleChange>> out) {
        out.collect(
                parser.parse(record.topic(), record.partition(), record.offset(), record.value()));
    }

    @Override
    public TypeInformation<Either<RuleRejection, RuleChange>> getProducedType() {
        return RecordTypes.ruleRecords();
    }
}
