package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A stack of its own, started and stopped here: the TaskManager can be killed and restarted, and a
 * stop leaves no process, pid file or temporary file behind.
 */
class LocalStackLifecycleIT {
    /** Names of files the servers would put in /tmp if they were not told otherwise. */
    private static final Pattern SERVER_TEMP_FILES =
            Pattern.compile(
                    "(?i).*(flink|blobStore|rocksdb|jaas|netty|snappy|lz4|jna|cassandra|kafka"
                            + "|zstd|executionGraphStore).*");

    @Test
    void startsKillsTaskManagerAndStopsWithoutLeftovers() throws IOException {
        Path home =
                Files.createTempDirectory(Files.createDirectories(Path.of("target")), "lifecycle-")
                        .toAbsolutePath();
        Set<String> tmpBefore = tmpEntries();
        LocalStack stack = LocalStack.builder().home(home).ports(PortPlan.ephemeral()).build();

        stack.start();
        List<Long> pids = pids(stack.status());

        assertThat(pids).hasSize(4).allMatch(pid -> ProcessHandle.of(pid).isPresent());
        assertThat(LocalStack.attach(home))
                .hasValueSatisfying(
                        attached -> assertThat(pids(attached.status())).isEqualTo(pids));
        assertThatThrownBy(stack::start)
                .isInstanceOf(StackException.class)
                .hasMessage("A local stack already runs in " + stack.home());

        long killedTaskManager = stack.status().components().get(2).pids().get("flink-taskmanager");
        stack.flink().killTaskManager();

        assertThat(ProcessHandle.of(killedTaskManager)).isEmpty();
        assertThat(stack.status().components().get(2).pids()).containsOnlyKeys("flink-jobmanager");

        stack.flink().startTaskManager();
        long newTaskManager = stack.status().components().get(2).pids().get("flink-taskmanager");
        JsonNode taskManagers = stack.flink().rest().getJson("/taskmanagers").path("taskmanagers");

        assertThat(newTaskManager).isNotEqualTo(killedTaskManager);
        assertThat(taskManagers).isNotEmpty();
        List<Long> livePids = pids(stack.status());

        stack.stop();

        assertThat(livePids).noneMatch(pid -> ProcessHandle.of(pid).isPresent());
        assertThat(stack.isRunning()).isFalse();
        assertThat(home.resolve("tmp")).doesNotExist();
        assertThat(home.resolve("run/stack.properties")).doesNotExist();
        try (Stream<Path> run = Files.list(home.resolve("run"))) {
            assertThat(run).isEmpty();
        }
        assertThat(home.resolve("logs/cassandra.log")).isNotEmptyFile();
        assertThat(home.resolve("logs/kafka.log")).isNotEmptyFile();
        assertThat(home.resolve("logs/flink-jobmanager.log")).isNotEmptyFile();
        assertThat(home.resolve("logs/flink-taskmanager.log")).isNotEmptyFile();
        assertThat(LocalStack.attach(home)).isEmpty();
        Set<String> newInTmp = tmpEntries();
        newInTmp.removeAll(tmpBefore);
        assertThat(newInTmp).noneMatch(name -> SERVER_TEMP_FILES.matcher(name).matches());
        for (long pid : livePids) {
            assertThat(Path.of("/tmp/hsperfdata_" + System.getProperty("user.name"), "" + pid))
                    .doesNotExist();
        }

        stack.stop(true);

        assertThat(home).doesNotExist();
    }

    @Test
    void failsWithTheComponentAndItsLogWhenAServerCannotStart() throws IOException {
        Path home =
                Files.createTempDirectory(Files.createDirectories(Path.of("target")), "broken-")
                        .toAbsolutePath();
        PortPlan ports = PortPlan.ephemeral();
        // Another process holds Kafka's port: the broker dies at start-up.
        try (var blocker =
                new java.net.ServerSocket(
                        ports.kafka(), 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            LocalStack stack =
                    LocalStack.builder()
                            .home(home)
                            .ports(ports)
                            .components(Set.of(Component.KAFKA))
                            .build();

            assertThatThrownBy(stack::start)
                    .isInstanceOf(StackException.class)
                    .hasMessageStartingWith(
                            "The local stack did not start: Kafka: process kafka exited during"
                                    + " start-up")
                    .hasMessageContaining("--- last lines of " + home.resolve("logs/kafka.log"))
                    .hasMessageContaining("Address already in use");
            assertThat(stack.isRunning()).isFalse();
            assertThat(home.resolve("run/kafka.pid")).doesNotExist();
            assertThat(blocker.isBound()).isTrue();
        }
    }

    private static List<Long> pids(StackStatus status) {
        List<Long> pids = new ArrayList<>();
        status.components().forEach(component -> pids.addAll(component.pids().values()));
        return pids;
    }

    private static Set<String> tmpEntries() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/tmp"))) {
            return entries.map(entry -> entry.getFileName().toString())
                    .collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }
}
