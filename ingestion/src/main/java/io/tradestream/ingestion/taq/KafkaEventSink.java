package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.feed.MarketFeedPublisher;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.json.MarketJson;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Sends events to Kafka as the market feed does: {@link MarketJson}, trades and quotes to their
 * topics, keyed by symbol, with the feed's {@linkplain
 * MarketFeedPublisher#defaultProducerProperties() producer settings} (idempotent, acks=all, lz4
 * batches).
 *
 * <p>Sending stops at the first record Kafka could not deliver: the next {@link #send} or {@link
 * #flush} throws a {@link KafkaException}.
 */
final class KafkaEventSink implements EventSink {

    private final Producer<String, String> producer;
    private final String tradesTopic;
    private final String quotesTopic;
    private final AtomicReference<Exception> deliveryFailure = new AtomicReference<>();

    KafkaEventSink(String bootstrapServers, String tradesTopic, String quotesTopic) {
        this(new KafkaProducer<>(producerProperties(bootstrapServers)), tradesTopic, quotesTopic);
    }

    /** For tests, with Kafka's {@code MockProducer}. */
    KafkaEventSink(Producer<String, String> producer, String tradesTopic, String quotesTopic) {
        this.producer = producer;
        this.tradesTopic = tradesTopic;
        this.quotesTopic = quotesTopic;
    }

    static Properties producerProperties(String bootstrapServers) {
        Properties settings = MarketFeedPublisher.defaultProducerProperties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "tradestream-taq-replay");
        return settings;
    }

    @Override
    public void send(MarketEvent event) {
        throwIfDeliveryFailed();
        ProducerRecord<String, String> record =
                event.isTrade()
                        ? new ProducerRecord<>(
                                tradesTopic, event.symbol(), MarketJson.toJson(event.trade()))
                        : new ProducerRecord<>(
                                quotesTopic, event.symbol(), MarketJson.toJson(event.quote()));
        producer.send(
                record,
                (metadata, exception) -> {
                    if (exception != null) {
                        deliveryFailure.compareAndSet(null, exception);
                    }
                });
    }

    @Override
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
            throw new KafkaException("an event could not be delivered: " + failure, failure);
        }
    }
}
