package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.kafka.KafkaRecordSender;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.json.MarketJson;
import java.util.Properties;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;

/**
 * Sends events to Kafka as the market feed does: {@link MarketJson}, trades and quotes to their
 * topics, keyed by symbol.
 *
 * <p>Sending stops at the first record Kafka could not deliver: the next {@link #send} or {@link
 * #flush} throws a {@link KafkaException}.
 */
final class KafkaEventSink implements EventSink {
    private static final String CLIENT_ID = "tradestream-taq-replay";

    private final KafkaRecordSender sender;
    private final String tradesTopic;
    private final String quotesTopic;

    KafkaEventSink(String bootstrapServers, String tradesTopic, String quotesTopic) {
        this(new KafkaRecordSender(bootstrapServers, CLIENT_ID), tradesTopic, quotesTopic);
    }

    /** For tests, with Kafka's {@code MockProducer}. */
    KafkaEventSink(Producer<String, String> producer, String tradesTopic, String quotesTopic) {
        this(new KafkaRecordSender(producer), tradesTopic, quotesTopic);
    }

    private KafkaEventSink(KafkaRecordSender sender, String tradesTopic, String quotesTopic) {
        this.sender = sender;
        this.tradesTopic = tradesTopic;
        this.quotesTopic = quotesTopic;
    }

    static Properties producerProperties(String bootstrapServers) {
        return KafkaRecordSender.producerProperties(bootstrapServers, CLIENT_ID);
    }

    @Override
    public void send(MarketEvent event) {
        if (event.isTrade()) {
            sender.send(tradesTopic, event.symbol(), MarketJson.toJson(event.trade()));
        } else {
            sender.send(quotesTopic, event.symbol(), MarketJson.toJson(event.quote()));
        }
    }

    @Override
    public void flush() {
        sender.flush();
    }

    @Override
    public void close() {
        sender.close();
    }
}
