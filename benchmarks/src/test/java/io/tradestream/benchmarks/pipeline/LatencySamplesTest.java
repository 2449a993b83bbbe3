package io.tradestream.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencySamplesTest {
    @Test
    void percentilesAreNearestRanksOfTheSamples() {
        LatencySamples samples = new LatencySamples();
        for (long millis = 2_000; millis >= 1; millis--) {
            samples.add(millis);
        }

        assertThat(samples.count()).isEqualTo(2_000);
        assertThat(samples.percentile(50)).isEqualTo(1_000);
        assertThat(samples.percentile(99)).isEqualTo(1_980);
        assertThat(samples.percentile(99.9)).isEqualTo(1_998);
        assertThat(samples.percentile(100)).isEqualTo(2_000);
    }

    @Test
    void fewSamplesMakeTheTailTheMaximumAndNoneMakeNaN() {
        LatencySamples samples = new LatencySamples();
        assertThat(samples.percentile(50)).isNaN();

        samples.add(7);
        samples.add(3);
        samples.add(5);

        assertThat(samples.percentile(50)).isEqualTo(5);
        assertThat(samples.percentile(99.9)).isEqualTo(7);
    }
}
