package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command line without a broker; publishing to Kafka is tested in e2e-tests. */
class MarketFeedMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return MarketFeedMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: market-feed [options]")
                .contains("--pace realtime|max");
        assertThat(err.size()).isZero();
    }

    @Test
    void aBadCommandLineExitsWithTwoAndSaysWhy() {
        assertThat(run("--pace", "fast")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "error: --pace: expected realtime or max, got 'fast'"
                                + System.lineSeparator()
                                + "Run with --help for the options."
                                + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void progressLines() {
        PublishStats stats =
                new PublishStats(
                        6_000,
                        6_500,
                        12_000,
                        Duration.ofMillis(12_500),
                        Optional.of(Instant.parse("2025-01-02T14:30:12.345Z")));
        assertThat(MarketFeedMain.describe(stats))
                .isEqualTo(
                        "sent 12,500 events (6,000 trades, 6,500 quotes), 12,000 acknowledged, in"
                                + " 12.5 s: 1,000 events/s, event time 2025-01-02T14:30:12.345Z");
    }
}
