package io.tradestream.ingestion.taq;

import java.util.function.LongSupplier;

/**
 * When each event is due at a replay speed: the wall time since the first event is the event time
 * since the first event divided by the speed. Computed from the start rather than from the previous
 * event, so sleeping late never adds up to drift; an event whose time is already due (or earlier
 * than the first) is due at once.
 */
public final class ReplayPacer {

    private final ReplaySpeed speed;
    private final LongSupplier nanoClock;
    private boolean started;
    private long firstEventNanos;
    private long firstWallNanos;

    /**
     * @param nanoClock wall time in nanoseconds, as {@link System#nanoTime()}
     */
    public ReplayPacer(ReplaySpeed speed, LongSupplier nanoClock) {
        this.speed = speed;
        this.nanoClock = nanoClock;
    }

    /** Wall-clock nanoseconds to wait before the event at {@code eventEpochNanos} is due. */
    public long nanosUntilDue(long eventEpochNanos) {
        if (speed.isMax()) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        if (!started) {
            started = true;
            firstEventNanos = eventEpochNanos;
            firstWallNanos = now;
        }
        long eventOffset = eventEpochNanos - firstEventNanos;
        long dueNanos = firstWallNanos + (long) (eventOffset / speed.factor());
        return Math.max(0, dueNanos - now);
    }
}
