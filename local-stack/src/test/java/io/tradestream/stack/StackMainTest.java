package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no running servers. */
class StackMainTest {
    @TempDir Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return StackMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void downSaysWhenNothingRuns() {
        assertThat(run("down", "--home", home.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("No local stack runs in " + home + "." + System.lineSeparator());
    }

    @Test
    void statusFailsWhenNothingRuns() {
        assertThat(run("status", "--home=" + home)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("No local stack runs in " + home + "." + System.lineSeparator());
    }

    @Test
    void logsListsAndPrintsLogFiles() throws IOException {
        Path logs = Files.createDirectories(home.resolve("logs"));
        Files.writeString(logs.resolve("kafka.log"), "started\n");

        assertThat(run("logs", "--home", home.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(String.format("%10d  %s%n", 8, logs.resolve("kafka.log")));

        out.reset();
        assertThat(run("logs", "kafka", "--home", home.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("started\n");

        assertThat(run("logs", "cassandra", "--home", home.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("No log named cassandra in " + logs + System.lineSeparator());
    }

    @Test
    void rejectsBadUsageWithExitCode2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("up", "--bogus")).isEqualTo(2);
        assertThat(run("status", "extra")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("No command given", "Unknown option --bogus", "Too many arguments");
    }

    @Test
    void purgeOnAStoppedStackDeletesOnlyTheStacksFolders() throws IOException {
        Files.createDirectories(home.resolve("data/kafka"));
        Files.createDirectories(home.resolve("logs"));
        Path unrelated = Files.writeString(home.resolve("notes.txt"), "keep me");

        assertThat(run("down", "--purge", "--home", home.toString())).isZero();

        assertThat(home.resolve("data")).doesNotExist();
        assertThat(home.resolve("logs")).doesNotExist();
        assertThat(unrelated).hasContent("keep me");
    }
}
