package io.tradestream.operators.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.metrics.HistogramStatistics;
import org.apache.flink.metrics.SimpleCounter;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.junit.jupiter.api.Test;

class EndToEndLatencyTest {
    private final AtomicLong now = new AtomicLong(50_000);
    private final DescriptiveStatisticsHistogram millis = new DescriptiveStatisticsHistogram(100);
    private final SimpleCounter measured = new SimpleCounter();
    private final EndToEndLatency latency = new EndToEndLatency(millis, measured, now::get);

    @Test
    void recordsTheTimeSinceTheCauseEnteredKafka() {
        latency.record(49_900);
        now.set(50_300);
        latency.record(49_900);
        latency.record(50_200);

        HistogramStatistics statistics = millis.getStatistics();
        assertThat(millis.getCount()).isEqualTo(3);
        assertThat(measured.getCount()).isEqualTo(3);
        assertThat(statistics.getMin()).isEqualTo(100);
        assertThat(statistics.getMax()).isEqualTo(400);
        assertThat(statistics.getQuantile(0.5)).isEqualTo(100);
        assertThat(statistics.getMean()).isEqualTo(200);
    }

    @Test
    void skipsOutputsWithoutAKafkaOrigin() {
        latency.record(0);

        assertThat(millis.getCount()).isZero();
        assertThat(measured.getCount()).isZero();
    }

    @Test
    void countsAProducerClockAheadOfOursAsNoDelay() {
        latency.record(50_250);

        assertThat(millis.getStatistics().getMax()).isZero();
        assertThat(measured.getCount()).isEqualTo(1);
    }
}
