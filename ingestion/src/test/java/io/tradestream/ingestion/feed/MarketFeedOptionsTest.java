package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketFeedOptionsTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.123Z");
    private static final Clock CLOCK = Clock.fixed(NOW.plusNanos(456_789), ZoneOffset.UTC);

    private static MarketFeedOptions parse(String... args) throws UsageException {
        return MarketFeedOptions.parse(args, CLOCK).orElseThrow();
    }

    @Test
    void defaultsSuitALaptopDemo() throws UsageException {
        MarketFeedOptions options = parse();
        assertThat(options.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(options.tradesTopic()).isEqualTo("trades");
        assertThat(options.quotesTopic()).isEqualTo("quotes");
        assertThat(options.pace()).isEqualTo(Pace.REALTIME);
        assertThat(options.market())
                .isEqualTo(MarketFeedConfig.builder().start(NOW).build())
                .satisfies(
                        m -> {
                            assertThat(m.symbols()).isEqualTo(3_200);
                            assertThat(m.tradesPerSecond()).isEqualTo(500);
                            assertThat(m.quotesPerSecond()).isEqualTo(500);
                            assertThat(m.unbounded()).isTrue();
                            assertThat(m.zipfExponent()).isEqualTo(1.1);
                        });
    }

    @Test
    void readsEveryOption() throws UsageException {
        MarketFeedOptions options =
                parse(
                        "--bootstrap-servers",
                        "k1:9092,k2:9092",
                        "--symbols",
                        "100",
                        "--trades-per-second=2000",
                        "--quotes-per-second",
                        "1500.5",
                        "--duration",
                        "10m",
                        "--seed",
                        "-42",
                        "--start",
                        "2024-03-01T09:30:00Z",
                        "--pace",
                        "max",
                        "--trades-topic",
                        "t.trades",
                        "--quotes-topic",
                        "t.quotes",
                        "--volatility",
                        "0.8",
                        "--jump-probability",
                        "0.001",
                        "--jump-size",
                        "0.05",
                        "--zipf-exponent",
                        "1.3");
        assertThat(options.bootstrapServers()).isEqualTo("k1:9092,k2:9092");
        assertThat(options.tradesTopic()).isEqualTo("t.trades");
        assertThat(options.quotesTopic()).isEqualTo("t.quotes");
        assertThat(options.pace()).isEqualTo(Pace.MAX);
        assertThat(options.market())
                .isEqualTo(
                        new MarketFeedConfig(
                                100,
                                -42,
                                Instant.parse("2024-03-01T09:30:00Z"),
                                2000,
                                1500.5,
                                Duration.ofMinutes(10),
                                0.8,
                                0.001,
                                0.05,
                                1.3));
    }

    @Test
    void startNowAndDurationZero() throws UsageException {
        MarketFeedOptions options =
                parse("--start", "now", "--duration", "0", "--pace", "realtime");
        assertThat(options.market().start()).isEqualTo(NOW);
        assertThat(options.market().unbounded()).isTrue();
        assertThat(parse("--duration", "30s").market().duration())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void helpGivesNoOptions() throws UsageException {
        assertThat(MarketFeedOptions.parse(new String[] {"--seed", "1", "--help"}, CLOCK))
                .isEqualTo(Optional.empty());
    }

    @Test
    void reportsWhatIsWrong() {
        assertUsageError("unknown option --sed", "--sed", "1");
        assertUsageError("--seed needs a value", "--seed");
        assertUsageError("--seed: expected a whole number, got 'x'", "--seed", "x");
        assertUsageError("--symbols: expected a whole number, got '1.5'", "--symbols", "1.5");
        assertUsageError("symbols must be 1 to 100000", "--symbols", "0");
        assertUsageError("symbols must be 1 to 100000", "--symbols", "4294967297");
        assertUsageError(
                "--trades-per-second: expected a number, got 'NaN'", "--trades-per-second", "NaN");
        assertUsageError(
                "rates must be between 0 and 10000000 per second", "--quotes-per-second", "-1");
        assertUsageError(
                "trades or quotes per second must be > 0",
                "--trades-per-second",
                "0",
                "--quotes-per-second",
                "0");
        assertUsageError(
                "--duration: expected a duration such as 30s, 10m, 1h or 1d, got '10 minutes'",
                "--duration",
                "10 minutes");
        assertUsageError(
                "--start: expected now or an instant such as 2025-01-02T14:30:00Z, got"
                        + " 'yesterday'",
                "--start",
                "yesterday");
        assertUsageError("--pace: expected realtime or max, got 'fast'", "--pace", "fast");
        assertUsageError(
                "--trades-topic: a topic name is 1-249 letters, digits, '.', '_' or '-', got"
                        + " 'my topic'",
                "--trades-topic",
                "my topic");
        assertUsageError("trades and quotes need different topics", "--quotes-topic", "trades");
        assertUsageError("--bootstrap-servers must not be empty", "--bootstrap-servers", " ");
        assertUsageError("jump size must be 0 to 0.5", "--jump-size", "0.9");
        assertUsageError("jump probability must be 0 to 1", "--jump-probability", "2");
        assertUsageError("volatility must be 0 to 10", "--volatility", "-0.1");
        assertUsageError("zipf exponent must be 0 to 5", "--zipf-exponent", "9");
    }

    private static void assertUsageError(String message, String... args) {
        assertThatThrownBy(() -> MarketFeedOptions.parse(args, CLOCK))
                .isInstanceOf(UsageException.class)
                .hasMessage(message);
    }
}
