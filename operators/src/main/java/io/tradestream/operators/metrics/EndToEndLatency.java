package io.tradestream.operators.metrics;

import java.util.function.LongSupplier;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/**
 * The time from a market record entering Kafka to an output it caused being handed to its sink: a
 * histogram of milliseconds, and a count of the outputs measured (Flink's REST API shows a
 * histogram's percentiles but not its count). Outputs without a Kafka origin are not measured.
 */
public final class EndToEndLatency {
    public static final String HISTOGRAM = "endToEndLatencyMillis";
    public static final String COUNT = "endToEndLatencyCount";

    /** The most recent samples the percentiles are computed over. */
    private static final int SAMPLES = 10_000;

    private final Histogram millis;
    private final Counter measured;
    private final LongSupplier clock;

    public EndToEndLatency(Histogram millis, Counter measured, LongSupplier clock) {
        this.millis = millis;
        this.measured = measured;
        this.clock = clock;
    }

    /** Registers the histogram and the count on an operator's metric group, on the system clock. */
    public static EndToEndLatency register(MetricGroup group) {
        return new EndToEndLatency(
                group.histogram(HISTOGRAM, new DescriptiveStatisticsHistogram(SAMPLES)),
                group.counter(COUNT),
                System::currentTimeMillis);
    }

    /**
     * Records the latency of an output whose cause entered Kafka at {@code kafkaTimestamp} (0 for
     * none). A producer clock ahead of this one would give a negative time; it counts as 0.
     */
    public void record(long kafkaTimestamp) {
        if (kafkaTimestamp <= 0) {
            return;
        }
        millis.update(Math.max(0, clock.getAsLong() - kafkaTimestamp));
        measured.inc();
    }
}
