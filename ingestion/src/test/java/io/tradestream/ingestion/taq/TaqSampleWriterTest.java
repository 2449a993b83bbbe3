package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaqSampleWriterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final long AT_0930_123 =
            Instant.parse("2026-11-20T14:30:00.123Z").toEpochMilli();

    @TempDir Path dir;

    private static MarketFeedConfig oneMinute(long seed) {
        return TaqSampleWriter.sampleDay(DAY, 20, Duration.ofMinutes(1), seed).build();
    }

    private static List<String> gunzippedLines(Path path) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        }
    }

    @Test
    void aSampleDayStartsAtTheOpenInNewYork() {
        assertThat(oneMinute(7).start()).isEqualTo(Instant.parse("2026-11-20T14:30:00Z"));
        assertThat(oneMinute(7).duration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(oneMinute(7).symbols()).isEqualTo(20);
    }

    @Test
    void linesFollowTheDailyTaqLayout() {
        assertThat(TaqSampleWriter.tradeLine(new Trade("BRK.B", AT_0930_123, 412.1, 37), 7))
                .isEqualTo("093000123000000|Q|BRK B|@|37|412.1||00|7|7|C||093000123000000||0\n");
        assertThat(
                        TaqSampleWriter.quoteLine(
                                new Quote("AAPL", AT_0930_123, 189.5, 300, 189.55, 1200), 12))
                .isEqualTo(
                        "093000123000000|N|AAPL|189.5|3|189.55|12|R|12|2||||C||||||"
                                + "093000123000000|||\n");
    }

    @Test
    void writtenFilesReplayAsTheMarketItself() throws Exception {
        MarketFeedConfig market = oneMinute(7);
        TaqSampleFiles files = TaqSampleWriter.write(dir, market, true);

        assertThat(files.trades()).isEqualTo(dir.resolve("EQY_US_ALL_TRADE_20261120.gz"));
        assertThat(files.quotes()).isEqualTo(dir.resolve("EQY_US_ALL_BBO_20261120.gz"));
        assertThat(files.tradeCount()).isEqualTo(30_000);
        assertThat(files.quoteCount()).isEqualTo(30_000);
        List<String> trades = gunzippedLines(files.trades());
        assertThat(trades).hasSize(30_002);
        assertThat(trades.get(0)).isEqualTo(String.join("|", TaqLayout.TRADE_COLUMNS));
        assertThat(trades.get(30_001)).isEqualTo("END|20261120|30000");
        assertThat(gunzippedLines(files.quotes()).get(0))
                .isEqualTo(String.join("|", TaqLayout.QUOTE_COLUMNS));

        ReplayCommand replay = new ReplayCommand();
        int exit =
                replay.run(
                        "--trades",
                        files.trades().toString(),
                        "--quotes",
                        files.quotes().toString());

        assertThat(exit).isZero();
        assertThat(replay.sink.events).isEqualTo(new SyntheticMarket(market).stream().toList());
    }

    @Test
    void theSameSeedWritesTheSameBytesPlainOrCompressed() throws Exception {
        TaqSampleFiles first = TaqSampleWriter.write(dir.resolve("a"), oneMinute(7), true);
        TaqSampleFiles second = TaqSampleWriter.write(dir.resolve("b"), oneMinute(7), true);
        TaqSampleFiles plain = TaqSampleWriter.write(dir.resolve("c"), oneMinute(7), false);
        TaqSampleFiles otherSeed = TaqSampleWriter.write(dir.resolve("d"), oneMinute(8), true);

        assertThat(Files.readAllBytes(second.trades()))
                .isEqualTo(Files.readAllBytes(first.trades()));
        assertThat(Files.readAllBytes(second.quotes()))
                .isEqualTo(Files.readAllBytes(first.quotes()));
        assertThat(plain.quotes()).isEqualTo(dir.resolve("c/EQY_US_ALL_BBO_20261120"));
        assertThat(Files.readAllLines(plain.quotes(), StandardCharsets.ISO_8859_1))
                .isEqualTo(gunzippedLines(first.quotes()));
        assertThat(Files.readAllBytes(otherSeed.trades()))
                .isNotEqualTo(Files.readAllBytes(first.trades()));
    }

    @Test
    void aMarketThatRunsPastMidnightDoesNotFitADailyFile() {
        MarketFeedConfig late =
                TaqSampleWriter.sampleDay(DAY, 5, Duration.ofMinutes(871), 1).build();
        assertThatThrownBy(() -> TaqSampleWriter.write(dir, late, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "a TAQ file holds one day: the market must end on the day it starts"
                                + " (2026-11-20)");
    }

    @Test
    void theCommandLineWritesADay() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                TaqSampleWriter.run(
                        new String[] {
                            "--out",
                            dir.toString(),
                            "--date",
                            "20261120",
                            "--minutes",
                            "1",
                            "--symbols",
                            "20",
                            "--seed",
                            "7",
                            "--gzip"
                        },
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "wrote 30,000 trades to "
                                + dir.resolve("EQY_US_ALL_TRADE_20261120.gz")
                                + " and 30,000 quotes to "
                                + dir.resolve("EQY_US_ALL_BBO_20261120.gz")
                                + ": 20 symbols from 09:30 New York time on 2026-11-20 for 1:00,"
                                + " seed 7"
                                + System.lineSeparator());
        assertThat(Files.readAllBytes(dir.resolve("EQY_US_ALL_TRADE_20261120.gz")))
                .isEqualTo(
                        Files.readAllBytes(
                                TaqSampleWriter.write(dir.resolve("api"), oneMinute(7), true)
                                        .trades()));
        assertThat(err.size()).isZero();
    }

    @Test
    void theCommandLineNeedsAFolderAndADate() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                TaqSampleWriter.run(
                        new String[] {"--date", "20261120"},
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "error: --out DIR and --date YYYYMMDD are required"
                                + System.lineSeparator()
                                + "Run with --help for the options."
                                + System.lineSeparator());
    }
}
