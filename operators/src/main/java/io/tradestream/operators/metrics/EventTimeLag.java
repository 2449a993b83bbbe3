package io.tradestream.operators.metrics;

import java.util.function.LongSupplier;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;

/**
 * How far an operator's event time is behind the wall clock: now minus the watermark the operator
 * saw at its last record or event-time timer, in milliseconds; -1 until it has seen a watermark.
 * Replayed history shows as a large lag, a live feed as the out-of-orderness bound plus the time
 * records take to arrive.
 */
public final class EventTimeLag implements Gauge<Long> {
    public static final String NAME = "eventTimeLagMillis";

    private final LongSupplier clock;

    // Written by the task thread, read by the metrics thread.
    private volatile long watermark = Long.MIN_VALUE;

    public EventTimeLag(LongSupplier clock) {
        this.clock = clock;
    }

    /** Registers the gauge on an operator's metric group, on the system clock. */
    public static EventTimeLag register(MetricGroup group) {
        return group.gauge(NAME, new EventTimeLag(System::currentTimeMillis));
    }

    /** The operator's current watermark, as its timer service reports it. */
    public void observe(long currentWatermark) {
        watermark = currentWatermark;
    }

    @Override
    public Long getValue() {
        long seen = watermark;
        return seen == Long.MIN_VALUE ? -1 : clock.getAsLong() - seen;
    }
}
