package io.tradestream.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {
    private static final Path REPOSITORY = Path.of("/repo");

    @Test
    void defaultsToTheShortPresetOnAStackOfItsOwn() {
        BenchmarkOptions options = BenchmarkOptions.parse(REPOSITORY);

        assertThat(options.preset()).isEqualTo(Preset.SHORT);
        assertThat(options.out()).isEqualTo(Path.of("/repo/benchmarks/target/pipeline-benchmark"));
        assertThat(options.stackHome()).isNull();
        assertThat(options.parallelism()).isEqualTo(2);
        assertThat(options.profile()).isFalse();
    }

    @Test
    void readsThePresetFolderStackAndTheJobsSettings() {
        BenchmarkOptions options =
                BenchmarkOptions.parse(
                        REPOSITORY,
                        "--preset",
                        "full",
                        "--out",
                        "/tmp/run",
                        "--stack",
                        "/tmp/stack",
                        "--parallelism",
                        "1",
                        "--tweets",
                        "0",
                        "--phases",
                        "1",
                        "--profile",
                        "--warm-up-limit",
                        "300",
                        "--job",
                        "checkpoint.interval=5s",
                        "--flink",
                        "execution.buffer-timeout.interval=10ms");

        assertThat(options.preset().name()).isEqualTo("full");
        assertThat(options.preset().phases()).containsExactly(Preset.FULL.phases().get(0));
        assertThat(options.preset().tweetsPerSecond()).isZero();
        assertThat(options.out()).isEqualTo(Path.of("/tmp/run"));
        assertThat(options.stackHome()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(options.parallelism()).isEqualTo(1);
        assertThat(options.profile()).isTrue();
        assertThat(options.preset().warmUp()).isEqualTo(Preset.FULL.warmUp());
        assertThat(options.preset().warmUpLimit()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.jobSettings()).containsExactly("--checkpoint.interval", "5s");
        assertThat(options.flinkOptions())
                .containsExactly("-Dexecution.buffer-timeout.interval=10ms");
    }

    @Test
    void aWarmUpLimitBelowThePresetsWarmUpShortensItToo() {
        Preset preset =
                BenchmarkOptions.parse(REPOSITORY, "--preset", "full", "--warm-up-limit", "30")
                        .preset();

        assertThat(preset.warmUp()).isEqualTo(Duration.ofSeconds(30));
        assertThat(preset.warmUpLimit()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(REPOSITORY, "--preset", "medium"))
                .hasMessageContaining("unknown preset 'medium'");
        assertThatThrownBy(() -> BenchmarkOptions.parse(REPOSITORY, "--rate", "5"))
                .hasMessageContaining("unknown option --rate");
        assertThatThrownBy(() -> BenchmarkOptions.parse(REPOSITORY, "--job", "no-value"))
                .hasMessageContaining("--job takes NAME=VALUE");
        assertThatThrownBy(() -> BenchmarkOptions.parse(REPOSITORY, "--phases", "3"))
                .hasMessageContaining("the short preset has 1 phase(s), not 3");
        assertThatThrownBy(() -> BenchmarkOptions.parse(REPOSITORY, "--out"))
                .hasMessageContaining("--out needs a value");
    }
}
