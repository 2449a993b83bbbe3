package io.tradestream.benchmarks.pipeline;

import java.util.Arrays;

/** Latencies in milliseconds, kept whole so that percentiles are exact (nearest rank). */
final class LatencySamples {
    private long[] millis = new long[1024];
    private int size;

    synchronized void add(long latencyMillis) {
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
        }
        millis[size++] = latencyMillis;
    }

    synchronized int count() {
        return size;
    }

    /**
     * The nearest-rank percentile, {@code p} in (0, 100]; NaN without samples. With fewer than
     * 1,000 samples p99.9 is the maximum.
     */
    synchronized double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(millis, size);
        Arrays.sort(sorted);
        // The tolerance keeps binary fractions (99.9 / 100 * 2,000 = 1,998.0000000000002) from
        // moving the rank up by one.
        int rank = (int) Math.ceil(p / 100 * size - 1e-9);
        return sorted[Math.max(rank, 1) - 1];
    }
}
