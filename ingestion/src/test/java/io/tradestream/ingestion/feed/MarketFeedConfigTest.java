package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarketFeedConfigTest {

    @Test
    void defaults() {
        MarketFeedConfig config = MarketFeedConfig.builder().build();
        assertThat(config.symbols()).isEqualTo(3_200);
        assertThat(config.tradesPerSecond()).isEqualTo(500);
        assertThat(config.quotesPerSecond()).isEqualTo(500);
        assertThat(config.zipfExponent()).isEqualTo(1.1);
        assertThat(config.unbounded()).isTrue();
        assertThat(config.toBuilder().build()).isEqualTo(config);
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> MarketFeedConfig.builder().start(null).build())
                .hasMessage("start is required");
        assertThatThrownBy(
                        () -> MarketFeedConfig.builder().duration(Duration.ofSeconds(-1)).build())
                .hasMessage("duration must be 0 or positive");
        assertThatThrownBy(() -> MarketFeedConfig.builder().tradesPerSecond(Double.NaN).build())
                .hasMessage("rates must be between 0 and 10000000 per second");
    }
}
