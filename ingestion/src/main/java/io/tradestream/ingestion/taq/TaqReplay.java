package io.tradestream.ingestion.taq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Replays TAQ files into an {@link EventSink}: opens every file (so that a missing one fails before
 * anything is sent), merges their events in time order, paces them, sends them, reports progress,
 * and flushes the sink at the end.
 *
 * <p>One thread runs {@link #run}; {@link #stop()} may be called from another (a shutdown hook) and
 * makes {@code run} return soon after, with what was sent flushed.
 */
final class TaqReplay {

    /** Longest single sleep of a paced replay, so that a stop request is seen quickly. */
    private static final long MAX_SLEEP_NANOS = 200_000_000L;

    private final TaqReplayOptions options;
    private final EventSink sink;
    private final ReplayConsole console;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private volatile boolean stopRequested;

    /**
     * @param nanoClock wall time in nanoseconds, as {@link System#nanoTime()}
     * @param sleeper waits for paced events
     */
    TaqReplay(
            TaqReplayOptions options,
            EventSink sink,
            ReplayConsole console,
            LongSupplier nanoClock,
            Sleeper sleeper) {
        this.options = options;
        this.sink = sink;
        this.console = console;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /**
     * @throws TaqFormatException if a file cannot be opened or read (what was sent before is
     *     flushed)
     */
    ReplaySummary run() throws TaqFormatException {
        long startNanos = nanoClock.getAsLong();
        AtomicLong bytesRead = new AtomicLong();
        ReplayTally tally = new ReplayTally(options.malformedShown(), console::problem);
        List<TaqFileReader> readers = new ArrayList<>();
        try (TaqSources sources = new TaqSources(options.s3())) {
            long totalBytes = 0;
            for (TaqFile file : options.files()) {
                TaqFileReader reader =
                        TaqFileReader.open(file, sources, options.symbols(), bytesRead, tally);
                readers.add(reader);
                totalBytes = reader.size() < 0 || totalBytes < 0 ? -1 : totalBytes + reader.size();
            }
            Progress progress = new Progress(bytesRead, totalBytes, startNanos);
            send(new TimeOrderMerge(readers), tally, progress);
        } catch (UncheckedIOException e) {
            sink.flush();
            throw new TaqFormatException(e.getCause().getMessage(), e.getCause());
        } finally {
            closeAll(readers);
        }
        return new ReplaySummary(
                options.files().size(),
                bytesRead.get(),
                tally.lines(),
                tally.trades(),
                tally.quotes(),
                tally.skipped(),
                tally.malformed(),
                nanoClock.getAsLong() - startNanos,
                stopRequested);
    }

    /** Makes a running {@link #run} return soon, with every sent event flushed. */
    void stop() {
        stopRequested = true;
    }

    private void send(TimeOrderMerge events, ReplayTally tally, Progress progress) {
        ReplayPacer pacer = new ReplayPacer(options.speed(), nanoClock);
        long interval = console.progressInterval().toNanos();
        long nextProgress = progress.startNanos + interval;
        while (!stopRequested && events.hasNext()) {
            TaqEvent event = events.next();
            if (!awaitDue(pacer, event.epochNanos())) {
                break;
            }
            sink.send(event.event());
            tally.sent(event.event());
            progress.lastEventMillis = event.event().timestamp();
            long now = nanoClock.getAsLong();
            if (now - nextProgress >= 0) {
                console.progress(progress.at(now, tally.events()));
                nextProgress = now + interval;
            }
        }
        sink.flush();
        console.progress(progress.at(nanoClock.getAsLong(), tally.events()));
        console.finish();
    }

    /** Sleeps until the event is due; false if a stop was requested meanwhile. */
    private boolean awaitDue(ReplayPacer pacer, long epochNanos) {
        long wait;
        while (!stopRequested && (wait = pacer.nanosUntilDue(epochNanos)) > 0) {
            try {
                sleeper.sleep(Math.min(wait, MAX_SLEEP_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopRequested = true;
            }
        }
        return !stopRequested;
    }

    private static void closeAll(List<TaqFileReader> readers) {
        for (TaqFileReader reader : readers) {
            try {
                reader.close();
            } catch (IOException e) {
                // Everything was read that will be: a failure to let go of the file changes
                // nothing.
            }
        }
    }

    /** The replay's progress, made into snapshots. */
    private static final class Progress {
        private final AtomicLong bytesRead;
        private final long totalBytes;
        private final long startNanos;
        private long lastEventMillis = Long.MIN_VALUE;

        Progress(AtomicLong bytesRead, long totalBytes, long startNanos) {
            this.bytesRead = bytesRead;
            this.totalBytes = totalBytes;
            this.startNanos = startNanos;
        }

        ReplayProgress at(long nowNanos, long events) {
            return new ReplayProgress(
                    events,
                    bytesRead.get(),
                    totalBytes,
                    nowNanos - startNanos,
                    lastEventMillis == Long.MIN_VALUE
                            ? Optional.empty()
                            : Optional.of(Instant.ofEpochMilli(lastEventMillis)));
        }
    }
}
