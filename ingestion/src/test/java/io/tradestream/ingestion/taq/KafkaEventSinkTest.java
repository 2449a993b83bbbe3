package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaEventSinkTest {

    @Test
    void tradesAndQuotesGoToTheirTopicsAsMarketJsonKeyedBySymbol() {
        MockProducer<String, String> producer =
                new MockProducer<>(true, new StringSerializer(), new StringSerializer());
        try (KafkaEventSink sink = new KafkaEventSink(producer, "taq-trades", "taq-quotes")) {
            sink.send(MarketEvent.of(new Trade("AAPL", 1_795_185_000_123L, 189.52, 100)));
            sink.send(
                    MarketEvent.of(
                            new Quote("BRK.B", 1_795_185_000_124L, 412.1, 300, 412.15, 1200)));
            sink.flush();
        }

        assertThat(producer.history())
                .containsExactly(
                        new ProducerRecord<>(
                                "taq-trades",
                                "AAPL",
                                "{\"symbol\":\"AAPL\",\"ts\":1795185000123,\"price\":189.52,"
                                        + "\"size\":100}"),
                        new ProducerRecord<>(
                                "taq-quotes",
                                "BRK.B",
                                "{\"symbol\":\"BRK.B\",\"ts\":1795185000124,\"bid\":412.1,"
                                        + "\"bid_size\":300,\"ask\":412.15,\"ask_size\":1200}"));
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void aFailedDeliveryStopsTheReplay() {
        MockProducer<String, String> producer =
                new MockProducer<>(false, new StringSerializer(), new StringSerializer());
        KafkaEventSink sink = new KafkaEventSink(producer, "trades", "quotes");
        sink.send(MarketEvent.of(new Trade("AAPL", 1_795_185_000_123L, 189.52, 100)));
        producer.errorNext(new KafkaException("broker gone"));

        assertThatThrownBy(sink::flush)
                .isInstanceOf(KafkaException.class)
                .hasMessage(
                        "a record could not be delivered: org.apache.kafka.common.KafkaException:"
                                + " broker gone");
    }

    @Test
    void theProducerIsTheMarketFeedsUnderItsOwnName() {
        Properties settings = KafkaEventSink.producerProperties("127.0.0.1:9092");
        assertThat(settings)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "tradestream-taq-replay")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    }
}
