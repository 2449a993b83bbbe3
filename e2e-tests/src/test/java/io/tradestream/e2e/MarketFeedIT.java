package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.MarketFeedPublisher;
import io.tradestream.ingestion.feed.PublishStats;
import io.tradestream.model.json.MarketEventParser;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The synthetic market feed writes valid trades and quotes to the real broker. */
@ExtendWith(LocalStackExtension.class)
class MarketFeedIT {

    @Test
    void everyPublishedEventArrivesAndParses(LocalStack stack) throws Exception {
        stack.kafka().createTopics(Map.of("feed-trades", 2, "feed-quotes", 2));
        MarketFeedConfig config =
                MarketFeedConfig.builder()
                        .symbols(50)
                        .seed(7)
                        .start(Instant.parse("2026-11-23T14:30:00Z"))
                        .tradesPerSecond(200)
                        .quotesPerSecond(100)
                        .duration(Duration.ofSeconds(10))
                        .build();
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());

        PublishStats stats;
        try (MarketFeedPublisher publisher =
                new MarketFeedPublisher(producer, "feed-trades", "feed-quotes")) {
            stats = publisher.publish(config);
        }

        assertThat(stats.trades()).isEqualTo(2_000);
        assertThat(stats.quotes()).isEqualTo(1_000);
        MarketEventParser parser = new MarketEventParser();
        List<String> trades =
                StackClients.readCommitted(stack, "feed-trades", 2_000, Duration.ofMinutes(1));
        List<String> quotes =
                StackClients.readCommitted(stack, "feed-quotes", 1_000, Duration.ofMinutes(1));
        assertThat(trades).hasSize(2_000);
        assertThat(quotes).hasSize(1_000);
        assertThat(trades).allSatisfy(t -> assertThat(parser.parseTrade(utf8(t)).isOk()).isTrue());
        assertThat(quotes).allSatisfy(q -> assertThat(parser.parseQuote(utf8(q)).isOk()).isTrue());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
