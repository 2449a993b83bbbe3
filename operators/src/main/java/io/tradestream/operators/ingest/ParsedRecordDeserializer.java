package io.tradestream.operators.ingest;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.json.ParseResult;
import java.io.Serializable;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.EitherTypeInfo;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parses the records of a one-type topic inside the Kafka source: a valid record on the right, a
 * dead letter with the parser's reason and the record's origin on the left. It never throws,
 * because an exception here would fail the job.
 *
 * @param <T> the parsed type
 */
public final class ParsedRecordDeserializer<T>
        implements KafkaRecordDeserializationSchema<Either<DeadLetter, T>> {
    private static final long serialVersionUID = 1L;

    /** Reads one payload; shipped to the task managers, so it must be serializable. */
    @FunctionalInterface
    public interface PayloadParser<T> extends Serializable {
        ParseResult<T> parse(byte[] payload);
    }

    private final PayloadParser<T> parser;
    private final TypeInformation<T> type;

    public ParsedRecordDeserializer(PayloadParser<T> parser, TypeInformation<T> type) {
        this.parser = parser;
        this.type = type;
    }

    @Override
    public void deserialize(
            ConsumerRecord<byte[], byte[]> record, Collector<Either<DeadLetter, T>> out) {
        out.collect(parse(record.topic(), record.partition(), record.offset(), record.value()));
    }

    /** The parsed value, or a dead letter that says what is wrong and where it came from. */
    public Either<DeadLetter, T> parse(String topic, int partition, long offset, byte[] payload) {
        ParseResult<T> result = parser.parse(payload);
        return result.isOk()
                ? Either.Right(result.value())
                : Either.Left(DeadLetter.of(topic, partition, offset, result.error(), payload));
    }

    @Override
    public TypeInformation<Either<DeadLetter, T>> getProducedType() {
        return new EitherTypeInfo<>(TypeInformation.of(DeadLetter.class), type);
    }
}
