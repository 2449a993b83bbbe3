package io.tradestream.ingestion.taq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a replay did.
 *
 * @param files files replayed
 * @param bytesRead bytes taken from the files' stores
 * @param lines lines read, header and trailer lines included
 * @param trades trades sent
 * @param quotes quotes sent
 * @param skipped valid lines not sent, by reason (such as "one-sided quotes"), in a fixed order
 * @param malformed lines that broke the layout
 * @param elapsedNanos wall time of the replay
 * @param stopped whether it was stopped before the end of the files
 */
record ReplaySummary(
        int files,
        long bytesRead,
        long lines,
        long trades,
        long quotes,
        Map<String, Long> skipped,
        long malformed,
        long elapsedNanos,
        boolean stopped) {

    ReplaySummary {
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    long events() {
        return trades + quotes;
    }

    long skippedLines() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    double eventsPerSecond() {
        return elapsedNanos > 0 ? events() * 1e9 / elapsedNanos : 0;
    }
}
