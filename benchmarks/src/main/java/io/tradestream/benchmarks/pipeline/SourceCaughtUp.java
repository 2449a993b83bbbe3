package io.tradestream.benchmarks.pipeline;

import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * Whether the job's market source keeps up with the load: it emits records less than {@link
 * StepResult#SOURCE_LAG_OK_MILLIS} after their event time. The load generator asks after every
 * batch it sends; the REST API is asked at most every {@link #POLL_MILLIS}, the interval at which
 * the JobManager refreshes task metrics.
 */
final class SourceCaughtUp implements BooleanSupplier {
    private static final long POLL_MILLIS = 2_000;

    private final JobWatch job;
    private long nextPollMillis;
    private long lastLagMillis = -1;

    SourceCaughtUp(JobWatch job) {
        this.job = job;
    }

    @Override
    public boolean getAsBoolean() {
        long now = System.currentTimeMillis();
        if (now >= nextPollMillis) {
            nextPollMillis = now + POLL_MILLIS;
            OptionalLong lag = job.marketSourceLagMillis();
            lastLagMillis = lag.orElse(-1);
        }
        return lastLagMillis >= 0 && lastLagMillis < StepResult.SOURCE_LAG_OK_MILLIS;
    }

    /** The lag last read, in milliseconds; -1 before the source reported one. */
    long lastLagMillis() {
        return lastLagMillis;
    }
}
