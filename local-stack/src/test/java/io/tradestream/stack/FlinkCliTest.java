package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkCliTest {

    @Test
    void parsesTheJobsOfFlinkList() {
        String output =
                String.join(
                        "\n",
                        "Waiting for response...",
                        "------------------ Running/Restarting Jobs -------------------",
                        "23.11.2025 06:20:00 : 5f1e0c2a9b8d7e6f5a4b3c2d1e0f9a8b : TradeStream"
                                + " (RUNNING)",
                        "23.11.2025 06:21:10 : 0123456789abcdef0123456789abcdef : a (b) job"
                                + " (RESTARTING)",
                        "--------------------------------------------------------------",
                        "No scheduled jobs.");

        assertThat(FlinkCli.parseList(output))
                .containsExactly(
                        new FlinkCli.ListedJob(
                                "5f1e0c2a9b8d7e6f5a4b3c2d1e0f9a8b", "TradeStream", "RUNNING"),
                        new FlinkCli.ListedJob(
                                "0123456789abcdef0123456789abcdef", "a (b) job", "RESTARTING"));
    }

    @Test
    void listsNothingWhenNoJobRuns() {
        assertThat(
                        FlinkCli.parseList(
                                "Waiting for response...\nNo running jobs.\nNo scheduled jobs.\n"))
                .isEmpty();
    }

    @Test
    void findsTheSavepointPathThatSavepointAndStopPrint() {
        String output =
                String.join(
                        "\n",
                        "Suspending job \"0123456789abcdef0123456789abcdef\" with a CANONICAL"
                                + " savepoint.",
                        "Savepoint completed. Path:"
                                + " file:/data/savepoints/savepoint-012345-6789abcdef01",
                        "");

        assertThat(FlinkCli.savepointPath(output))
                .isEqualTo("file:/data/savepoints/savepoint-012345-6789abcdef01");
        assertThatThrownBy(() -> FlinkCli.savepointPath("Waiting for response..."))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("reported no savepoint path");
    }

    @Test
    void runsBinFlinkOfADistributionAimedAtARestAddress(@TempDir Path flinkHome) throws Exception {
        // A stand-in for a distribution's bin/flink that reports the arguments it was given.
        Path flink = Files.createDirectories(flinkHome.resolve("bin")).resolve("flink");
        Files.writeString(flink, "#!/bin/sh\necho \"Savepoint completed. Path: file:/sp/$*\"\n");
        Files.setPosixFilePermissions(flink, PosixFilePermissions.fromString("rwxr-xr-x"));

        FlinkCli cli =
                FlinkCli.fromDistribution(flinkHome, flinkHome.resolve("tmp"))
                        .at("flink.example.com:8081");

        assertThat(cli.stopWithSavepoint("0123", "file:/sp")).isEqualTo("file:/sp/stop");
        assertThat(cli.exec(List.of("stop", "--savepointPath", "file:/sp", "0123")).output())
                .isEqualTo(
                        "Savepoint completed. Path: file:/sp/stop -m flink.example.com:8081"
                                + " --savepointPath file:/sp 0123\n");
    }

    @Test
    void refusesAFolderWithoutBinFlink(@TempDir Path notFlink) {
        assertThatThrownBy(() -> FlinkCli.fromDistribution(notFlink, notFlink))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("is " + notFlink + " a Flink home?");
    }
}
