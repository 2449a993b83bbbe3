package io.tradestream.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the local session cluster changes in the production flink-conf/config.yaml: addresses,
 * ports, folders and memory sizes, and the reporters it starts, nothing else.
 */
final class FlinkLocalConfig {
    static final String JOBMANAGER_PROCESS_SIZE = "1024m";
    static final String TASKMANAGER_PROCESS_SIZE = "3584m";
    static final String NO_REPORTERS = "none";

    private FlinkLocalConfig() {}

    /**
     * Smaller processes than in production, as the machine also runs Kafka and Cassandra; the
     * TaskManager still gets ~1.5 GB of task heap, which CoreNLP's sentiment models need.
     */
    static Map<String, String> memory() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("jobmanager.memory.process.size", JOBMANAGER_PROCESS_SIZE);
        config.put("taskmanager.memory.process.size", TASKMANAGER_PROCESS_SIZE);
        return config;
    }

    /** Everything on 127.0.0.1 with the plan's ports; state and scratch files in the stack home. */
    static Map<String, String> placement(StackLayout layout, PortPlan ports) {
        String host = Loopback.ADDRESS;
        Map<String, String> config = new LinkedHashMap<>();
        config.put("jobmanager.rpc.address", host);
        config.put("jobmanager.rpc.port", Integer.toString(ports.flinkRpc()));
        config.put("jobmanager.bind-host", host);
        config.put("taskmanager.bind-host", host);
        config.put("taskmanager.host", host);
        config.put("rest.address", host);
        config.put("rest.bind-address", host);
        config.put("rest.port", Integer.toString(ports.flinkRest()));
        config.put("rest.bind-port", Integer.toString(ports.flinkRest()));
        config.put("blob.server.port", "0");
        config.put("taskmanager.rpc.port", "0");
        config.put("taskmanager.data.port", "0");
        // Not Path.toUri(): it appends a '/' once the folder exists, and the text must not change.
        config.put("execution.checkpointing.dir", "file://" + checkpoints(layout));
        config.put("execution.checkpointing.savepoint-dir", "file://" + savepoints(layout));
        config.put("io.tmp.dirs", ioTmpDir(layout).toString());
        config.put("web.tmpdir", webTmpDir(layout).toString());
        // The Prometheus reporter listens on every interface (it has no address setting) and on
        // fixed ports: only reporters named in this list start, and none is named "none".
        config.put("metrics.reporters", NO_REPORTERS);
        return config;
    }

    static Path checkpoints(StackLayout layout) {
        return layout.data().resolve("flink").resolve("checkpoints");
    }

    static Path savepoints(StackLayout layout) {
        return layout.data().resolve("flink").resolve("savepoints");
    }

    /** Shared by the JobManager and the TaskManager: blobs, spill files, RocksDB working files. */
    static Path ioTmpDir(StackLayout layout) {
        return layout.tmp().resolve("flink");
    }

    /** Uploaded jars and the web UI's files. */
    static Path webTmpDir(StackLayout layout) {
        return layout.tmp().resolve("flink-web");
    }
}
