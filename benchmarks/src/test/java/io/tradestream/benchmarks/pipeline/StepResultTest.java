package io.tradestream.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepResultTest {
    @Test
    void sustainedMeansTheRateKeptNoBackPressureTheSourceKeepingUpAndEveryProbeSeen() {
        assertThat(step(20_000, 19_800, 2, 400, 0).sustained()).isTrue();
        assertThat(step(20_000, 19_000, 2, 400, 0).sustained()).as("rate not kept").isFalse();
        assertThat(step(20_000, 19_800, 12, 400, 0).sustained()).as("back pressure").isFalse();
        assertThat(step(20_000, 19_800, 2, 1_000, 0).sustained()).as("source lag").isFalse();
        assertThat(step(20_000, 19_800, 2, -1, 0).sustained()).as("source lag unknown").isFalse();
        assertThat(step(20_000, 19_800, 2, 400, 1).sustained()).as("a probe missing").isFalse();
    }

    @Test
    void checkpointFiguresAreTheLongestTheLastFullSizeAndTheLargestIncrement() {
        StepResult step =
                new StepResult(
                        1,
                        1,
                        1,
                        new LatencySamples(),
                        new LatencySamples(),
                        List.of(),
                        0,
                        0,
                        0,
                        "Rule engine",
                        50,
                        0,
                        0,
                        List.of(
                                new JobWatch.Checkpoint(1, 0, 900, 1_000, 300),
                                new JobWatch.Checkpoint(2, 10_000, 700, 1_200, 400)),
                        Map.of(),
                        CpuProfile.Summary.NONE);

        assertThat(step.maxCheckpointMillis()).isEqualTo(900);
        assertThat(step.lastCheckpointFullBytes()).isEqualTo(1_200);
        assertThat(step.maxCheckpointPersistedBytes()).isEqualTo(400);
    }

    private static StepResult step(
            double offered,
            double achieved,
            double backPressure,
            long sourceLagMillis,
            int missing) {
        return new StepResult(
                100_003,
                offered,
                achieved,
                new LatencySamples(),
                new LatencySamples(),
                List.of(),
                missing,
                10,
                20,
                "Rule engine",
                80,
                backPressure,
                sourceLagMillis,
                List.of(),
                Map.of(),
                CpuProfile.Summary.NONE);
    }
}
