package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pid files are trusted only for processes that carry the stack's markers. */
class ServerProcessTest {
    @TempDir Path home;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatTheTestStarted() {
        started.forEach(process -> process.destroyForcibly().onExit().join());
    }

    @Test
    void recognisesOnlyTheExactMarkers() {
        Path stackHome = Path.of("/work/my stack");
        String line =
                "/usr/bin/java -Dtradestream.stack.home=/work/my stack"
                        + " -Dtradestream.stack.component=kafka -Xmx256m kafka.Kafka";

        assertThat(ProcessMarker.isMarked(line, stackHome, "kafka")).isTrue();
        assertThat(ProcessMarker.isMarked(line, stackHome, "cassandra")).isFalse();
        assertThat(ProcessMarker.isMarked(line, Path.of("/work/my"), "kafka")).isFalse();
        assertThat(ProcessMarker.isMarked(line, Path.of("/work/my stack2"), "kafka")).isFalse();
        assertThat(
                        ProcessMarker.isMarked(
                                line.replace("kafka -X", "kafka2 -X"), stackHome, "kafka"))
                .isFalse();
        // The JDK cuts command lines at 4 KiB; the markers come first and survive.
        assertThat(ProcessMarker.isMarked(line + " " + "x".repeat(4096), stackHome, "kafka"))
                .isTrue();
    }

    @Test
    void findsAndStopsAMarkedProcess() throws IOException {
        StackLayout layout = layout();
        Process process = startJvm(ProcessMarker.jvmOptions(home, "kafka"));
        new PidFile(layout.pidFile("kafka")).write(process.pid());
        ServerProcess server = new ServerProcess(layout, "kafka");
        StackLayout.createDirectories(server.tmpDir());

        assertThat(server.handle()).map(ProcessHandle::pid).contains(process.pid());

        server.stop(Duration.ofSeconds(10));

        assertThat(process.isAlive()).isFalse();
        assertThat(layout.pidFile("kafka")).doesNotExist();
        assertThat(server.tmpDir()).doesNotExist();
    }

    @Test
    void neverSignalsAProcessThatIsNotOurs() throws IOException {
        StackLayout layout = layout();
        // Same pid file, but the process belongs to another home (or is an unrelated process
        // that got a reused pid).
        Process stranger = startJvm(ProcessMarker.jvmOptions(home.resolve("other"), "kafka"));
        new PidFile(layout.pidFile("kafka")).write(stranger.pid());
        ServerProcess server = new ServerProcess(layout, "kafka");

        assertThat(server.handle()).isEmpty();
        assertThat(server.isAlive()).isFalse();

        server.stop(Duration.ofSeconds(1));
        server.kill();

        assertThat(stranger.isAlive()).isTrue();
        assertThat(layout.pidFile("kafka")).doesNotExist();
    }

    @Test
    void treatsAGarbledPidFileAsNoProcess() throws IOException {
        StackLayout layout = layout();
        Files.writeString(layout.pidFile("cassandra"), "not a pid\n");

        assertThat(new ServerProcess(layout, "cassandra").handle()).isEmpty();
    }

    private StackLayout layout() {
        StackLayout layout = new StackLayout(home);
        layout.create();
        return layout;
    }

    private Process startJvm(List<String> markers) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(JvmCommand.javaBinary().toString());
        command.addAll(markers);
        command.addAll(
                List.of(
                        "-XX:+PerfDisableSharedMem",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Sleeper.class.getName(),
                        "60000"));
        Process process =
                new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectErrorStream(true)
                        .start();
        started.add(process);
        return process;
    }
}
