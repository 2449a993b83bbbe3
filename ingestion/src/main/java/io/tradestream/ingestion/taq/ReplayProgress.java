package io.tradestream.ingestion.taq;

import java.time.Instant;
import java.util.Optional;

/**
 * How far a replay is.
 *
 * @param events events sent
 * @param bytesRead bytes taken from the files' stores (compressed bytes of gzip files)
 * @param totalBytes the files' sizes added up, or -1 if a size is unknown
 * @param elapsedNanos wall time since the replay started
 * @param eventTime time of the last event sent, empty before the first
 */
record ReplayProgress(
        long events,
        long bytesRead,
        long totalBytes,
        long elapsedNanos,
        Optional<Instant> eventTime) {

    double eventsPerSecond() {
        return elapsedNanos > 0 ? events * 1e9 / elapsedNanos : 0;
    }

    /** The share of the bytes read, 0 to 1; empty if the total is unknown. */
    Optional<Double> fractionDone() {
        if (totalBytes <= 0) {
            return Optional.empty();
        }
        return Optional.of(Math.min(1.0, (double) bytesRead / totalBytes));
    }

    /**
     * Wall time left if the rest of the bytes go as fast as those read so far; empty while nothing
     * is read or the total is unknown.
     */
    Optional<Long> etaNanos() {
        if (totalBytes <= 0 || bytesRead <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, totalBytes - bytesRead);
        return Optional.of((long) ((double) elapsedNanos * left / bytesRead));
    }
}
