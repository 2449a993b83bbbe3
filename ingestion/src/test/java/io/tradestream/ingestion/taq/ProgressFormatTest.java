package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressFormatTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Optional<Instant> AT_0931 =
            Optional.of(Instant.parse("2026-11-20T14:31:02.123Z"));

    @Test
    void aQuarterDoneAfterTenSeconds() {
        ReplayProgress progress =
                new ReplayProgress(81_230, 1_000_000, 4_000_000, 10 * SECOND, AT_0931);

        assertThat(progress.eventsPerSecond()).isEqualTo(8_123);
        assertThat(progress.fractionDone()).contains(0.25);
        assertThat(progress.etaNanos()).contains(30 * SECOND);
        assertThat(ProgressFormat.terminalLine(progress))
                .isEqualTo(
                        "[######------------------]  25.0%  81,230 events  8,123 events/s  ETA"
                                + " 0:30  at 09:31:02.123");
        assertThat(ProgressFormat.logLine(progress))
                .isEqualTo(
                        "progress:  25.0% of 4.0 MB read, 81,230 events, 8,123 events/s, ETA"
                                + " 0:30, event time 09:31:02.123 New York");
    }

    @Test
    void withoutAKnownTotalThereIsNoBarNorEta() {
        ReplayProgress progress = new ReplayProgress(500, 12_345, -1, 2 * SECOND, AT_0931);

        assertThat(progress.fractionDone()).isEmpty();
        assertThat(progress.etaNanos()).isEmpty();
        assertThat(ProgressFormat.terminalLine(progress))
                .isEqualTo("500 events  250 events/s  at 09:31:02.123");
        assertThat(ProgressFormat.logLine(progress))
                .isEqualTo(
                        "progress: 12.3 kB read, 500 events, 250 events/s, event time"
                                + " 09:31:02.123 New York");
    }

    @Test
    void beforeTheFirstByteThereIsNoEta() {
        ReplayProgress progress = new ReplayProgress(0, 0, 4_000_000, 0, Optional.empty());

        assertThat(progress.etaNanos()).isEmpty();
        assertThat(ProgressFormat.terminalLine(progress))
                .isEqualTo("[------------------------]   0.0%  0 events  0 events/s");
    }

    @Test
    void theSummaryCountsEverything() {
        Map<String, Long> skipped = new LinkedHashMap<>();
        skipped.put("one-sided quotes", 1_200L);
        skipped.put("symbols not selected", 34L);
        ReplaySummary summary =
                new ReplaySummary(
                        2,
                        8_400_000,
                        600_004,
                        300_000,
                        298_000,
                        skipped,
                        770,
                        4_500_000_000L,
                        false);

        assertThat(ProgressFormat.summary(summary).lines())
                .containsExactly(
                        "replay done: 2 file(s), 8.4 MB read in 4.5 s",
                        "  lines read        600,004",
                        "  trades sent       300,000",
                        "  quotes sent       298,000",
                        "  skipped             1,234 (one-sided quotes 1,200, symbols not"
                                + " selected 34)",
                        "  malformed             770",
                        "  rate         132,889 events/s");
        ReplaySummary stopped =
                new ReplaySummary(1, 999, 3, 1, 0, Map.of(), 0, 1_000_000_000L, true);
        assertThat(ProgressFormat.summary(stopped).lines())
                .startsWith("replay stopped: 1 file(s), 999 B read in 1.0 s")
                .contains("  skipped                 0");
    }

    @Test
    void durationsBytesAndBars() {
        assertThat(ProgressFormat.duration(0)).isEqualTo("0:00");
        assertThat(ProgressFormat.duration(1)).isEqualTo("0:01");
        assertThat(ProgressFormat.duration(67 * SECOND)).isEqualTo("1:07");
        assertThat(ProgressFormat.duration((2 * 3600 + 67) * SECOND)).isEqualTo("2:01:07");
        assertThat(ProgressFormat.bytes(999)).isEqualTo("999 B");
        assertThat(ProgressFormat.bytes(1_000)).isEqualTo("1.0 kB");
        assertThat(ProgressFormat.bytes(999_960)).isEqualTo("1.0 MB");
        assertThat(ProgressFormat.bytes(45_600_000)).isEqualTo("45.6 MB");
        assertThat(ProgressFormat.bytes(1_234_000_000_000L)).isEqualTo("1.2 TB");
        assertThat(ProgressFormat.bar(0.999)).isEqualTo("[#######################-]");
        assertThat(ProgressFormat.bar(1)).isEqualTo("[########################]");
    }
}
