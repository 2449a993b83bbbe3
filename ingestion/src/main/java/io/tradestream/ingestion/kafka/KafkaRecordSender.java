package io.tradestream.ingestion.kafka;

import io.tradestream.ingestion.feed.MarketFeedPublisher;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Sends string records to Kafka for the replays and simulators, with the market feed's {@linkplain
 * MarketFeedPublisher#defaultProducerProperties() producer settings} (idempotent, acks=all, lz4
 * batches).
 *
 * <p>Sending stops at the first record Kafka could not deliver: the next {@link #send} or {@link
 * #flush} throws a {@link KafkaException}.
 */
public final class KafkaRecordSender implements AutoCloseable {
    private final Producer<String, String> producer;
    private final AtomicReference<Exception> deliveryFailure = new AtomicReference<>();

    public KafkaRecordSender(String bootstrapServers, String clientId) {
        this(new KafkaProducer<>(producerProperties(bootstrapServers, clientId)));
    }

    /** For tests, with Kafka's {@code MockProducer}. */
    public KafkaRecordSender(Producer<String, String> producer) {
        this.producer = producer;
    }

    public static Properties producerProperties(String bootstrapServers, String clientId) {
        Properties settings = MarketFeedPublisher.defaultProducerProperties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return settings;
    }

    /** Sends one record; it may return before the record is delivered. */
    public void send(String topic, String key, String value) {
        throwIfDeliveryFailed();
        producer.send(
                new ProducerRecord<>(topic, key, value),
                (metadata, exception) -> {
                    if (exception != null) {
                        deliveryFailure.compareAndSet(null, exception);
                    }
                });
    }

    /** Returns once every record sent so far is delivered; throws if one could not be. */
    public void flush() {
        producer.flush();
        throwIfDeliveryFailed();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }

    private void throwIfDeliveryFailed() {
        Exception failure = deliveryFailure.get();
        if (failure != null) {
            throw new KafkaException("a record could not be delivered: " + failure, failure);
        }
    }
}
