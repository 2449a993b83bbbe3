package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.feed.MarketFeedPublisher;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Where a replay reports. On a terminal, progress is a bar redrawn in place a few times a second;
 * otherwise (a log file, a pipe) it is a plain line every {@link
 * MarketFeedPublisher#PROGRESS_INTERVAL}. Problems go to the error stream; on a terminal the bar is
 * wiped first so that the two do not mix.
 */
final class ReplayConsole {

    static final Duration TERMINAL_INTERVAL = Duration.ofMillis(250);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private int drawnLength;

    /**
     * @param terminal whether {@code out} is a terminal that understands a carriage return
     */
    ReplayConsole(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** How often progress is worth printing. */
    Duration progressInterval() {
        return terminal ? TERMINAL_INTERVAL : MarketFeedPublisher.PROGRESS_INTERVAL;
    }

    void progress(ReplayProgress progress) {
        if (terminal) {
            String line = ProgressFormat.terminalLine(progress);
            out.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
            out.flush();
            drawnLength = line.length();
        } else {
            out.println(ProgressFormat.logLine(progress));
        }
    }

    /** A line of information, such as what is being replayed. */
    void info(String message) {
        wipeBar();
        out.println(message);
    }

    /** A problem the user should see, such as a malformed line. */
    void problem(String message) {
        wipeBar();
        err.println(message);
    }

    /** Ends the progress bar's line, leaving its last state visible. */
    void finish() {
        if (drawnLength > 0) {
            out.println();
            drawnLength = 0;
        }
    }

    private void wipeBar() {
        if (drawnLength > 0) {
            out.print("\r" + " ".repeat(drawnLength) + "\r");
            out.flush();
            drawnLength = 0;
        }
    }
}
