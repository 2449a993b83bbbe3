package io.tradestream.ingestion.feed;

import java.util.function.LongSupplier;

/**
 * Holds each event back until as much wall-clock time has passed since the first event as event
 * time has. Waits are computed from the start, not from the previous event, so sleeping late never
 * accumulates into drift.
 */
final class RealtimePacer {

    private final LongSupplier nanoClock;
    private long firstEventMillis;
    private long firstEventNanos;
    private boolean started;

    RealtimePacer(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Milliseconds to wait before the event with this timestamp is due; 0 if it is due. */
    long millisUntilDue(long eventTimestampMillis) {
        long now = nanoClock.getAsLong();
        if (!started) {
            started = true;
            firstEventMillis = eventTimestampMillis;
            firstEventNanos = now;
        }
        long dueNanos = firstEventNanos + (eventTimestampMillis - firstEventMillis) * 1_000_000L;
        return Math.max(0, (dueNanos - now) / 1_000_000L);
    }
}
