package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.json.MarketJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The publisher against Kafka's MockProducer; the real broker is exercised in e2e-tests. */
class MarketFeedPublisherTest {

    private static final MarketFeedConfig TWO_SECONDS =
            MarketFeedConfig.builder()
                    .seed(3)
                    .start(Instant.parse("2025-01-02T14:30:00Z"))
                    .tradesPerSecond(50)
                    .quotesPerSecond(100)
                    .duration(Duration.ofSeconds(2))
                    .build();

    private final MockProducer<String, String> producer =
            new MockProducer<>(true, new StringSerializer(), new StringSerializer());

    private MarketFeedPublisher publisher() {
        return new MarketFeedPublisher(producer, "t", "q");
    }

    @Test
    void publishesEveryEventAsJsonKeyedBySymbolToItsTopic() {
        PublishStats stats = publisher().publish(TWO_SECONDS);

        List<MarketEvent> expected = new SyntheticMarket(TWO_SECONDS).stream().toList();
        List<ProducerRecord<String, String>> sent = producer.history();
        assertThat(sent).hasSize(300);
        for (int i = 0; i < expected.size(); i++) {
            MarketEvent event = expected.get(i);
            ProducerRecord<String, String> record = sent.get(i);
            assertThat(record.key()).isEqualTo(event.symbol());
            assertThat(record.topic()).isEqualTo(event.isTrade() ? "t" : "q");
            assertThat(record.value())
                    .isEqualTo(
                            event.isTrade()
                                    ? MarketJson.toJson(event.trade())
                                    : MarketJson.toJson(event.quote()));
        }
        assertThat(stats.trades()).isEqualTo(100);
        assertThat(stats.quotes()).isEqualTo(200);
        assertThat(stats.acknowledged()).isEqualTo(300);
        assertThat(stats.lastEventTime())
                .contains(Instant.ofEpochMilli(expected.get(299).timestamp()));
    }

    @Test
    void publishesAtMostTheRequestedNumberOfEvents() {
        MarketFeedPublisher publisher = publisher();
        SyntheticMarket market = new SyntheticMarket(TWO_SECONDS);
        assertThat(publisher.publish(market, 120).events()).isEqualTo(120);
        // The next call continues where the first stopped, and counts only its own records.
        PublishStats rest = publisher.publish(market, 1_000);
        assertThat(rest.events()).isEqualTo(180);
        assertThat(rest.acknowledged()).isEqualTo(180);
        assertThat(producer.history()).hasSize(300);
    }

    @Test
    void realtimePacingFollowsEventTime() {
        MarketFeedConfig halfSecond =
                TWO_SECONDS.toBuilder().duration(Duration.ofMillis(500)).build();
        long start = System.nanoTime();
        PublishStats stats =
                publisher().publish(new SyntheticMarket(halfSecond), 1_000, Pace.REALTIME, s -> {});
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(stats.events()).isEqualTo(75);
        // The last event is 493 ms after the first.
        assertThat(elapsedMillis).isBetween(480L, 3_000L);
    }

    @Test
    void stopEndsAnUnboundedFeed() throws InterruptedException {
        MarketFeedPublisher publisher = publisher();
        List<PublishStats> result = new ArrayList<>();
        Thread feed =
                new Thread(
                        () ->
                                result.add(
                                        publisher.publish(
                                                new SyntheticMarket(
                                                        TWO_SECONDS.toBuilder()
                                                                .duration(Duration.ZERO)
                                                                .build()),
                                                Long.MAX_VALUE,
                                                Pace.REALTIME,
                                                s -> {})));
        feed.start();
        Thread.sleep(300);
        publisher.stop();
        feed.join(5_000);
        assertThat(feed.isAlive()).isFalse();
        assertThat(result.get(0).events()).isPositive().isEqualTo(producer.history().size());
    }

    @Test
    void aDeliveryFailureStopsPublishing() {
        MockProducer<String, String> failing =
                new MockProducer<>(true, new StringSerializer(), new StringSerializer()) {
                    @Override
                    public synchronized Future<RecordMetadata> send(
                            ProducerRecord<String, String> record, Callback callback) {
                        callback.onCompletion(null, new KafkaException("broker gone"));
                        return CompletableFuture.failedFuture(new KafkaException("broker gone"));
                    }
                };
        MarketFeedPublisher publisher = new MarketFeedPublisher(failing, "t", "q");
        SyntheticMarket market = new SyntheticMarket(TWO_SECONDS);
        assertThatThrownBy(() -> publisher.publish(market, 10))
                .isInstanceOf(KafkaException.class)
                .hasMessage(
                        "a market event could not be delivered:"
                                + " org.apache.kafka.common.KafkaException: broker gone");
        // Sending stopped at the first failure.
        assertThat(market.stream().count()).isEqualTo(299);
    }

    @Test
    void rejectsAMarketWithoutEnd() {
        assertThatThrownBy(
                        () ->
                                publisher()
                                        .publish(
                                                TWO_SECONDS.toBuilder()
                                                        .duration(Duration.ZERO)
                                                        .build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultProducerSettingsAreDurableAndBatched() {
        Properties settings = MarketFeedPublisher.defaultProducerProperties();
        assertThat(settings)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20")
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    }
}
