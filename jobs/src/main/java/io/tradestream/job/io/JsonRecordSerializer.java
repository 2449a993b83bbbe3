package io.tradestream.job.io;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes each element as one JSON record to a fixed topic, keyed so related records stay ordered.
 */
public final class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {
    private static final long serialVersionUID = 1L;

    /** A serializable function from an element to bytes or text. */
    public interface Field<T, R> extends Serializable {
        R of(T element);
    }

    private final String topic;
    private final Field<T, String> key;
    private final Field<T, byte[]> value;

    public JsonRecordSerializer(String topic, Field<T, String> key, Field<T, byte[]> value) {
        this.topic = topic;
        this.key = key;
        this.value = value;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            T element, KafkaSinkContext context, Long timestamp) {
        String recordKey = key.of(element);
        return new ProducerRecord<>(
                topic,
                recordKey == null ? null : recordKey.getBytes(StandardCharsets.UTF_8),
                value.of(element));
    }
}
