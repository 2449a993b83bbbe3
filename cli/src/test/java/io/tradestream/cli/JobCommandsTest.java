package io.tradestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobCommandsTest {
    @Test
    void separatesTheCommandsOptionsFromTheJobSettings() {
        JobCommands.Arguments args =
                JobCommands.Arguments.parse(
                        List.of(
                                "--rest-address",
                                "flink.example.com:8081",
                                "--kafka.bootstrap-servers",
                                "kafka:9092",
                                "--allow-non-restored-state",
                                "--parallelism",
                                "4",
                                "--from-savepoint",
                                "s3://savepoints/savepoint-1",
                                "--cassandra.host",
                                "cassandra"));

        assertThat(args.options())
                .isEqualTo(
                        Map.of(
                                "--rest-address", "flink.example.com:8081",
                                "--parallelism", "4",
                                "--from-savepoint", "s3://savepoints/savepoint-1"));
        assertThat(args.flags()).isEqualTo(Set.of("--allow-non-restored-state"));
        assertThat(args.settings())
                .containsExactly(
                        "--kafka.bootstrap-servers", "kafka:9092", "--cassandra.host", "cassandra");
        assertThat(args.start().runOptions())
                .containsExactly(
                        "--fromSavepoint",
                        "s3://savepoints/savepoint-1",
                        "--parallelism",
                        "4",
                        "--allowNonRestoredState");
    }

    @Test
    void aFreshStartHasNoRunOptionsAndAnUpgradeAddsItsSavepoint() {
        JobOperations.Start start = JobCommands.Arguments.parse(List.of()).start();

        assertThat(start).isEqualTo(JobOperations.Start.FRESH);
        assertThat(start.runOptions()).isEmpty();
        assertThat(start.fromSavepoint("file:/sp/savepoint-2").runOptions())
                .containsExactly("--fromSavepoint", "file:/sp/savepoint-2");
    }

    @Test
    void refusesOptionsWithoutValues() {
        assertThatThrownBy(() -> JobCommands.Arguments.parse(List.of("--job")))
                .isInstanceOf(UsageException.class)
                .hasMessage("--job needs a value");
        assertThatThrownBy(
                        () -> JobCommands.Arguments.parse(List.of("--parallelism", "four")).start())
                .isInstanceOf(UsageException.class)
                .hasMessage("--parallelism needs a whole number, got four");
    }
}
