package io.tradestream.dashboard.rules;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues rule versions: the clock's milliseconds, but always above the version the job holds and
 * above every version issued before by this process. The job applies a request only if its version
 * is newer, so versions from the clock order a trader's edits, from any dashboard instance, in the
 * order they were made.
 */
public final class Versions {
    private final Clock clock;
    private final AtomicLong lastIssued = new AtomicLong();

    public Versions(Clock clock) {
        this.clock = clock;
    }

    /** A version newer than {@code held} (0 for a rule the job never applied). */
    public long next(long held) {
        long now = clock.millis();
        return lastIssued.updateAndGet(last -> Math.max(Math.max(now, held + 1), last + 1));
    }
}
