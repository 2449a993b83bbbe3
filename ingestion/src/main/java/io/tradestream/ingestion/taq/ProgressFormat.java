package io.tradestream.ingestion.taq;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words and numbers a replay prints: its progress bar, progress lines and summary. */
final class ProgressFormat {

    static final int BAR_WIDTH = 24;

    private static final DateTimeFormatter NEW_YORK_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
                    .withZone(TaqLayout.EXCHANGE_ZONE);

    private ProgressFormat() {}

    /**
     * One line for a terminal, redrawn in place: {@code [######------------------] 25.0% 12,345
     * events 8,123 events/s ETA 1:07 at 09:31:02.123}. Without a known total, no bar, share or ETA.
     */
    static String terminalLine(ReplayProgress progress) {
        StringBuilder line = new StringBuilder();
        progress.fractionDone()
                .ifPresent(done -> line.append(bar(done)).append(' ').append(percent(done)));
        line.append("  ").append(count(progress.events())).append(" events");
        line.append("  ").append(rate(progress.eventsPerSecond()));
        progress.etaNanos().ifPresent(eta -> line.append("  ETA ").append(duration(eta)));
        progress.eventTime().ifPresent(time -> line.append("  at ").append(newYorkTime(time)));
        return line.toString().strip();
    }

    /**
     * A progress line for a log: {@code progress: 25.0% of 4.0 MB read, 12,345 events, 8,123
     * events/s, ETA 1:07, event time 09:31:02.123 New York}.
     */
    static String logLine(ReplayProgress progress) {
        StringBuilder line = new StringBuilder("progress: ");
        progress.fractionDone()
                .ifPresentOrElse(
                        done ->
                                line.append(percent(done))
                                        .append(" of ")
                                        .append(bytes(progress.totalBytes()))
                                        .append(" read, "),
                        () -> line.append(bytes(progress.bytesRead())).append(" read, "));
        line.append(count(progress.events())).append(" events, ");
        line.append(rate(progress.eventsPerSecond()));
        progress.etaNanos().ifPresent(eta -> line.append(", ETA ").append(duration(eta)));
        progress.eventTime()
                .ifPresent(
                        time ->
                                line.append(", event time ")
                                        .append(newYorkTime(time))
                                        .append(" New York"));
        return line.toString();
    }

    /** The summary at the end, several lines. */
    static String summary(ReplaySummary summary) {
        String skipped =
                summary.skipped().isEmpty()
                        ? ""
                        : summary.skipped().entrySet().stream()
                                .map(entry -> entry.getKey() + " " + count(entry.getValue()))
                                .collect(Collectors.joining(", ", " (", ")"));
        return String.join(
                System.lineSeparator(),
                (summary.stopped() ? "replay stopped" : "replay done")
                        + String.format(
                                Locale.ROOT,
                                ": %d file(s), %s read in %.1f s",
                                summary.files(),
                                bytes(summary.bytesRead()),
                                summary.elapsedNanos() / 1e9),
                row("lines read", summary.lines(), ""),
                row("trades sent", summary.trades(), ""),
                row("quotes sent", summary.quotes(), ""),
                row("skipped", summary.skippedLines(), skipped),
                row("malformed", summary.malformed(), ""),
                String.format(
                        Locale.ROOT, "  %-12s %12s", "rate", rate(summary.eventsPerSecond())));
    }

    private static String row(String label, long value, String detail) {
        return String.format(Locale.ROOT, "  %-12s %12s%s", label, count(value), detail);
    }

    static String bar(double done) {
        int filled = (int) Math.floor(done * BAR_WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }

    static String percent(double done) {
        return String.format(Locale.ROOT, "%5.1f%%", done * 100);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String rate(double eventsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f events/s", eventsPerSecond);
    }

    /** A factor such as a speed: {@code 10} or {@code 0.5}. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** {@code 1:07} under an hour, {@code 2:01:07} from an hour on; rounded up to the second. */
    static String duration(long nanos) {
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        long hours = seconds / 3600;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Decimal units: {@code 812 B}, {@code 12.3 kB}, {@code 45.6 MB}, {@code 1.2 GB}. */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String newYorkTime(Instant time) {
        return NEW_YORK_TIME.format(time);
    }
}
