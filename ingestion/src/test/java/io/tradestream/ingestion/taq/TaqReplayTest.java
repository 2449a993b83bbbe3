package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay loop with a fake clock: pacing, merging, progress and the summary. */
class TaqReplayTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = Instant.parse("2026-11-20T14:30:00Z").toEpochMilli();

    @TempDir Path dir;

    private final AtomicLong wall = new AtomicLong(1_000 * MS);
    private final List<Long> sleeps = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CollectingSink sink = new CollectingSink();

    /** Sleeping moves the fake clock on by the time slept. */
    private void sleep(long nanos) {
        sleeps.add(nanos);
        wall.addAndGet(nanos);
    }

    private TaqReplay replay(ReplaySpeed speed, Set<String> symbols, TaqFile... files) {
        return replay(speed, symbols, sink, files);
    }

    private TaqReplay replay(
            ReplaySpeed speed, Set<String> symbols, EventSink sink, TaqFile... files) {
        TaqReplayOptions options =
                new TaqReplayOptions(
                        List.of(files), symbols, speed, S3Settings.DEFAULT, "-", "t", "q", 20);
        ReplayConsole console =
                new ReplayConsole(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false);
        return new TaqReplay(options, sink, console, wall::get, this::sleep);
    }

    private TaqFile trades() throws Exception {
        return TaqFiles.local(
                TaqFiles.write(
                        dir.resolve("EQY_US_ALL_TRADE_20261120"),
                        false,
                        TaqFiles.TRADE_HEADER,
                        "093000000|N|AAPL|@|100|189.52",
                        "093001000|N|MSFT|@|5|412.5",
                        "093005000|N|AAPL|@|200|189.6",
                        "END|20261120|3"),
                TaqKind.TRADES);
    }

    private TaqFile quotes() throws Exception {
        return TaqFiles.local(
                TaqFiles.write(
                        dir.resolve("EQY_US_ALL_BBO_20261120.gz"),
                        true,
                        TaqFiles.QUOTE_HEADER,
                        "093000000|P|AAPL|189.5|1|189.55|2",
                        "093002500|P|MSFT|0|0|412.6|1",
                        "093003000|P|MSFT|412.4|3|412.6|1",
                        "093004000|P|MSFT|412.4|3|412|1",
                        "END|20261120|4"),
                TaqKind.QUOTES);
    }

    @Test
    void tenTimesFasterMergesPacesAndSums() throws Exception {
        ReplaySummary summary = replay(ReplaySpeed.parse("10"), Set.of(), trades(), quotes()).run();

        assertThat(sink.events)
                .containsExactly(
                        MarketEvent.of(new Trade("AAPL", T0, 189.52, 100)),
                        MarketEvent.of(new Quote("AAPL", T0, 189.5, 100, 189.55, 200)),
                        MarketEvent.of(new Trade("MSFT", T0 + 1_000, 412.5, 5)),
                        MarketEvent.of(new Quote("MSFT", T0 + 3_000, 412.4, 300, 412.6, 100)),
                        MarketEvent.of(new Trade("AAPL", T0 + 5_000, 189.6, 200)));
        // Due 0.1, 0.3 and 0.5 s after the first event; no sleep is longer than 0.2 s.
        assertThat(sleeps).containsExactly(100 * MS, 200 * MS, 200 * MS);
        assertThat(sink.flushes).isEqualTo(1);
        long bytes =
                Files.size(dir.resolve("EQY_US_ALL_TRADE_20261120"))
                        + Files.size(dir.resolve("EQY_US_ALL_BBO_20261120.gz"));
        assertThat(summary)
                .isEqualTo(
                        new ReplaySummary(
                                2,
                                bytes,
                                11,
                                3,
                                2,
                                Map.of("one-sided quotes", 1L),
                                1,
                                500 * MS,
                                false));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "progress: 100.0% of "
                                + ProgressFormat.bytes(bytes)
                                + " read, 5 events, 10 events/s, ETA 0:00, event time"
                                + " 09:30:05.000 New York"
                                + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "malformed line EQY_US_ALL_BBO_20261120.gz:5: crossed quote: Offer_Price"
                                + " 412.0 is below Bid_Price 412.4:"
                                + " 093004000|P|MSFT|412.4|3|412|1"
                                + System.lineSeparator());
    }

    @Test
    void asFastAsPossibleNeverSleepsAndTheFilterSkipsOtherSymbols() throws Exception {
        ReplaySummary summary = replay(ReplaySpeed.MAX, Set.of("MSFT"), trades(), quotes()).run();

        assertThat(sink.events)
                .containsExactly(
                        MarketEvent.of(new Trade("MSFT", T0 + 1_000, 412.5, 5)),
                        MarketEvent.of(new Quote("MSFT", T0 + 3_000, 412.4, 300, 412.6, 100)));
        assertThat(sleeps).isEmpty();
        assertThat(summary.skipped())
                .containsExactly(
                        Map.entry("one-sided quotes", 1L), Map.entry("symbols not selected", 3L));
        assertThat(summary.malformed()).isEqualTo(1);
    }

    @Test
    void aStopRequestEndsTheReplayAfterTheEventInHandAndFlushes() throws Exception {
        AtomicReference<TaqReplay> running = new AtomicReference<>();
        CollectingSink stopping =
                new CollectingSink() {
                    @Override
                    public void send(MarketEvent event) {
                        super.send(event);
                        running.get().stop();
                    }
                };
        TaqReplay replay = replay(ReplaySpeed.REALTIME, Set.of(), stopping, trades());
        running.set(replay);

        ReplaySummary summary = replay.run();

        assertThat(stopping.events)
                .containsExactly(MarketEvent.of(new Trade("AAPL", T0, 189.52, 100)));
        assertThat(stopping.flushes).isEqualTo(1);
        assertThat(summary.stopped()).isTrue();
        assertThat(summary.trades()).isEqualTo(1);
    }
}
