package io.tradestream.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the local clusters change in the production flink-conf/config.yaml: addresses, ports,
 * folders and memory sizes, and the reporters they start, nothing else; the reactive application
 * cluster also its slots and scheduler.
 */
final class FlinkLocalConfig {
    static final String JOBMANAGER_PROCESS_SIZE = "1024m";
    static final String TASKMANAGER_PROCESS_SIZE = "3584m";
    static final String NO_REPORTERS = "none";
    static final int APPLICATION_SLOTS = 2;

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

    /**
     * A reactive application cluster's TaskManagers: two slots each, so that every TaskManager
     * added or removed changes the job's parallelism by two, with the session TaskManager's memory
     * (its ~1.5 GB of task heap holds CoreNLP's models). The JobManager runs the job's main.
     */
    static Map<String, String> reactiveApplication(StackLayout layout) {
        Map<String, String> config = memory();
        config.put("taskmanager.numberOfTaskSlots", Integer.toString(APPLICATION_SLOTS));
        config.put("scheduler-mode", "reactive");
        // Where the entry point would copy a remote job jar; a local:// jar is used in place.
        config.put("user.artifacts.base-dir", layout.tmp().resolve("flink-artifacts").toString());
        return config;
    }

    /** Everything on 127.0.0.1 with the plan's ports; state and scratch files in the stack home. */
    static Map<String, String> placement(StackLayout layout, PortPlan ports) {
        return placement(layout, ports.flinkRest(), ports.flinkRpc());
    }

    /** Everything on 127.0.0.1 with these ports; state and scratch files in the layout's home. */
    static Map<String, String> placement(StackLayout layout, int restPort, int rpcPort) {
        String host = Loopback.ADDRESS;
        Map<String, String> config = new LinkedHashMap<>();
        config.put("jobmanager.rpc.address", host);
        config.put("jobmanager.rpc.port", Integer.toString(rpcPort));
        config.put("jobmanager.bind-host", host);
        config.put("taskmanager.bind-host", host);
        config.put("taskmanager.host", host);
        config.put("rest.address", host);
        config.put("rest.bind-address", host);
        config.put("rest.port", Integer.toString(restPort));
        config.put("rest.bind-port", Integer.toString(restPort));
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
