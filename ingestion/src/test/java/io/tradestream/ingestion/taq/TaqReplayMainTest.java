package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Trade;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with a sink that keeps the events; Kafka itself is tested in e2e-tests. */
class TaqReplayMainTest {

    private static final String NL = System.lineSeparator();

    @TempDir Path dir;

    private final ReplayCommand command = new ReplayCommand();
    private final CollectingSink sink = command.sink;

    private int run(String... args) {
        return command.run(args);
    }

    private String out() {
        return command.out();
    }

    private String err() {
        return command.err();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out())
                .startsWith("Usage: taq-replay --trades FILE --quotes FILE [options]" + NL)
                .contains("--speed max|realtime|N")
                .isEqualTo(TaqReplayOptions.USAGE);
        assertThat(err()).isEmpty();
    }

    @Test
    void aBadCommandLineExitsWithTwoAndSaysWhy() {
        assertThat(run("--speed", "fast", "--trades", "t_20261120")).isEqualTo(2);
        assertThat(err())
                .isEqualTo(
                        "error: --speed: expected max, realtime or a factor above 0 such as 10"
                                + " (ten times faster than real time), got 'fast'"
                                + NL
                                + "Run with --help for the options."
                                + NL);
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingFileExitsWithOneBeforeAnythingIsSent() throws Exception {
        Path trades =
                TaqFiles.write(
                        dir.resolve("EQY_US_ALL_TRADE_20261120"),
                        false,
                        TaqFiles.TRADE_HEADER,
                        "093000000|N|AAPL|@|100|189.52");
        Path missing = dir.resolve("EQY_US_ALL_BBO_20261120.gz");

        assertThat(run("--trades", trades.toString(), "--quotes", missing.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: no such file: " + missing + NL);
        assertThat(sink.events).isEmpty();
        assertThat(sink.closed).isTrue();
    }

    @Test
    void aReplayPrintsWhatItDoesAndASummary() throws Exception {
        Path trades =
                TaqFiles.write(
                        dir.resolve("EQY_US_ALL_TRADE_20261120"),
                        false,
                        TaqFiles.TRADE_HEADER,
                        "093000000|N|AAPL|@|100|189.52",
                        "093000001|N|AAPL|@|0|189.52",
                        "END|20261120|2");

        assertThat(run("--trades", trades.toString(), "--symbols", "AAPL")).isZero();

        assertThat(sink.events)
                .containsExactly(
                        MarketEvent.of(
                                new Trade(
                                        "AAPL",
                                        Instant.parse("2026-11-20T14:30:00Z").toEpochMilli(),
                                        189.52,
                                        100)));
        assertThat(out().lines())
                .startsWith(
                        "replaying trades "
                                + trades
                                + " of 2026-11-20 (symbols AAPL) at speed max -> 127.0.0.1:9092"
                                + " (trades: trades, quotes: quotes)")
                .contains(
                        "  lines read              4",
                        "  trades sent             1",
                        "  quotes sent             0",
                        "  skipped                 0",
                        "  malformed               1");
        assertThat(out()).containsPattern("replay done: 1 file\\(s\\), [0-9]+ B read in ");
        assertThat(err())
                .isEqualTo(
                        "malformed line EQY_US_ALL_TRADE_20261120:3: Trade Volume must come to 1"
                                + " to 1000000000 shares, got 0: 093000001|N|AAPL|@|0|189.52"
                                + NL);
        assertThat(sink.closed).isTrue();
    }
}
