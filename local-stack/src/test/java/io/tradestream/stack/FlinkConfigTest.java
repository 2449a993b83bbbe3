package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The production flink-conf/config.yaml and what the local clusters change in it. */
class FlinkConfigTest {
    private static final Path PRODUCTION =
            Repository.findAbove(Path.of("").toAbsolutePath())
                    .orElseThrow()
                    .resolve("flink-conf")
                    .resolve("config.yaml");

    /** Keys of addresses, ports, folders, memory sizes and the reporters a cluster starts. */
    private static final String PLACEMENT_OR_MEMORY =
            ".*(address|host|port|dir|dirs|tmpdir|memory\\.process\\.size|metrics\\.reporters)$";

    private static List<String> productionLines() throws IOException {
        return Files.readAllLines(PRODUCTION);
    }

    /** The production config.yaml with a local cluster's settings and placement merged in. */
    private static Map<String, String> merged(
            Map<String, String> settings, Map<String, String> placement) throws IOException {
        return FlatYaml.parse(
                FlatYaml.merge(
                        FlatYaml.merge(productionLines(), settings, "settings"),
                        placement,
                        "placement"));
    }

    /** The keys whose values differ from the production config.yaml's. */
    private static Set<String> changedKeys(Map<String, String> merged) throws IOException {
        Map<String, String> production = FlatYaml.parse(productionLines());
        Set<String> changed = new HashSet<>();
        merged.forEach(
                (key, value) -> {
                    if (!value.equals(production.get(key))) {
                        changed.add(key);
                    }
                });
        return changed;
    }

    @Test
    void productionConfigHasTheAgreedFaultToleranceSettings() throws IOException {
        Map<String, String> config = FlatYaml.parse(productionLines());

        assertThat(config)
                .containsEntry("state.backend.type", "rocksdb")
                .containsEntry("execution.checkpointing.incremental", "true")
                .containsEntry("execution.checkpointing.interval", "10s")
                .containsEntry("execution.checkpointing.timeout", "2min")
                .containsEntry("execution.checkpointing.mode", "EXACTLY_ONCE")
                .containsEntry(
                        "execution.checkpointing.externalized-checkpoint-retention",
                        "RETAIN_ON_CANCELLATION")
                .containsEntry("restart-strategy.type", "exponential-delay")
                .containsEntry("taskmanager.numberOfTaskSlots", "4");
        assertThat(config.get("env.java.opts.all").split(" "))
                .hasSize(20)
                .contains(
                        "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
                        "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");
    }

    @Test
    void localClusterChangesOnlyAddressesPortsFoldersMemoryAndReporters() throws IOException {
        StackLayout layout = new StackLayout(Path.of("/work/stack"));
        PortPlan ports = new PortPlan(1001, 1002, 1003, 1004, 18081, 16123);
        Map<String, String> merged =
                merged(FlinkLocalConfig.memory(), FlinkLocalConfig.placement(layout, ports));

        assertThat(changedKeys(merged))
                .allMatch(
                        key -> key.matches(PLACEMENT_OR_MEMORY),
                        "is an address, port, folder, memory size or the reporter list");
        assertThat(merged)
                .containsEntry("jobmanager.rpc.address", "127.0.0.1")
                .containsEntry("rest.bind-address", "127.0.0.1")
                .containsEntry("taskmanager.bind-host", "127.0.0.1")
                .containsEntry("rest.port", "18081")
                .containsEntry("jobmanager.rpc.port", "16123")
                .containsEntry("blob.server.port", "0")
                .containsEntry("jobmanager.memory.process.size", "1024m")
                .containsEntry("taskmanager.memory.process.size", "3584m")
                .containsEntry(
                        "execution.checkpointing.dir", "file:///work/stack/data/flink/checkpoints")
                .containsEntry(
                        "execution.checkpointing.savepoint-dir",
                        "file:///work/stack/data/flink/savepoints")
                .containsEntry("io.tmp.dirs", "/work/stack/tmp/flink")
                .containsEntry("web.tmpdir", "/work/stack/tmp/flink-web")
                .containsEntry("state.backend.type", "rocksdb")
                .containsEntry("metrics.reporters", "none")
                .containsEntry(
                        "metrics.reporter.prom.factory.class",
                        "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        assertThat(merged.keySet()).containsAll(FlatYaml.parse(productionLines()).keySet());
    }

    @Test
    void reactiveApplicationClusterAlsoChangesOnlySlotsAndScheduler() throws IOException {
        StackLayout layout = new StackLayout(Path.of("/work/app"));
        Map<String, String> merged =
                merged(
                        FlinkLocalConfig.reactiveApplication(layout),
                        FlinkLocalConfig.placement(layout, 18082, 16124));

        assertThat(changedKeys(merged))
                .filteredOn(key -> !key.matches(PLACEMENT_OR_MEMORY))
                .containsExactlyInAnyOrder("scheduler-mode", "taskmanager.numberOfTaskSlots");
        assertThat(merged)
                .containsEntry("scheduler-mode", "reactive")
                .containsEntry("taskmanager.numberOfTaskSlots", "2")
                .containsEntry("taskmanager.memory.process.size", "3584m")
                .containsEntry("user.artifacts.base-dir", "/work/app/tmp/flink-artifacts")
                .containsEntry("rest.port", "18082")
                .containsEntry("jobmanager.rpc.port", "16124")
                .containsEntry(
                        "execution.checkpointing.dir", "file:///work/app/data/flink/checkpoints");
    }
}
