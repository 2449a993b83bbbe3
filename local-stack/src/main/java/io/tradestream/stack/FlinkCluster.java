package io.tradestream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local Flink session cluster: one JobManager and one TaskManager (4 slots), each in a JVM of
 * its own, configured by the production flink-conf/config.yaml with local addresses, ports, folders
 * and memory sizes.
 */
public final class FlinkCluster implements ManagedServer {
    static final String JOBMANAGER = "flink-jobmanager";
    static final String TASKMANAGER = "flink-taskmanager";
    static final String CLIENT = "flink-client";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackLayout layout;
    private final PortPlan ports;
    private final FlinkConfDir conf;
    private final FlinkProcesses processes;
    private final ServerProcess jobManager;
    private final ServerProcess taskManager;

    FlinkCluster(StackLayout layout, Repository repository, PortPlan ports) {
        this.layout = layout;
        this.ports = ports;
        this.conf =
                new FlinkConfDir(
                        layout,
                        repository,
                        "Local stack: memory sizes",
                        FlinkLocalConfig.memory(),
                        FlinkLocalConfig.placement(layout, ports));
        this.processes = new FlinkProcesses(layout, repository, conf);
        this.jobManager = new ServerProcess(layout, JOBMANAGER);
        this.taskManager = new ServerProcess(layout, TASKMANAGER);
    }

    /** The web UI and REST API, e.g. {@code http://127.0.0.1:8081}. */
    public String restUrl() {
        return "http://" + Loopback.ADDRESS + ":" + restPort();
    }

    public int restPort() {
        return ports.flinkRest();
    }

    /** The cluster's configuration folder (config.yaml and log4j files): FLINK_CONF_DIR. */
    public Path confDir() {
        return conf.path();
    }

    /** The Flink jars (a Flink distribution's lib/ folder). */
    public Path libDir() {
        return processes.lib();
    }

    /** The Flink command line client for this cluster. */
    public FlinkCli cli() {
        return new FlinkCli(
                libDir(),
                confDir(),
                layout.logFile(CLIENT),
                cliTmpDir(),
                conf.javaOptions("env.java.opts.client"));
    }

    /** A client of this cluster's REST API. */
    public FlinkRestClient rest() {
        return new FlinkRestClient(restUrl());
    }

    @Override
    public Component component() {
        return Component.FLINK;
    }

    /** Starts the JobManager and the TaskManager; returns when the TaskManager offers slots. */
    @Override
    public void start() {
        conf.write();
        processes.launchJobManager(
                jobManager,
                "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
                List.of());
        processes.launchTaskManager(
                taskManager, processes.memory(FlinkMemoryCalculator.Role.TASKMANAGER));
        Readiness.await(
                "Flink", List.of(jobManager, taskManager), READY_TIMEOUT, this::offersSlots);
    }

    /**
     * Starts a (new) TaskManager process for the running JobManager, e.g. after {@link
     * #killTaskManager()}, and returns when it has registered.
     */
    public void startTaskManager() {
        if (!jobManager.isAlive()) {
            throw new StackException("The Flink JobManager does not run: start the stack first");
        }
        String resourceId =
                processes.launchTaskManager(
                        taskManager, processes.memory(FlinkMemoryCalculator.Role.TASKMANAGER));
        Readiness.await(
                "Flink TaskManager " + resourceId,
                List.of(jobManager, taskManager),
                READY_TIMEOUT,
                () -> FlinkProcesses.isRegistered(rest(), resourceId));
    }

    /** Kills the TaskManager process with SIGKILL, as a machine failure would. */
    public void killTaskManager() {
        taskManager.kill();
    }

    @Override
    public void stop() {
        taskManager.stop(STOP_GRACE);
        jobManager.stop(STOP_GRACE);
        for (Path folder :
                List.of(
                        FlinkLocalConfig.ioTmpDir(layout),
                        FlinkLocalConfig.webTmpDir(layout),
                        cliTmpDir(),
                        processes.memoryTmpDir())) {
            StackLayout.deleteRecursively(folder);
        }
    }

    @Override
    public boolean isRunning() {
        return jobManager.isAlive() || taskManager.isAlive();
    }

    @Override
    public ComponentStatus status() {
        Map<String, Long> pids = new LinkedHashMap<>();
        jobManager.handle().ifPresent(handle -> pids.put(JOBMANAGER, handle.pid()));
        taskManager.handle().ifPresent(handle -> pids.put(TASKMANAGER, handle.pid()));
        boolean alive = pids.size() == 2;
        return new ComponentStatus(
                Component.FLINK,
                pids,
                ports.of(Component.FLINK),
                alive,
                alive && Readiness.check(this::offersSlots));
    }

    private boolean offersSlots() {
        JsonNode overview = rest().getJson("/overview");
        return overview.path("taskmanagers").asInt() > 0
                && overview.path("slots-available").asInt() > 0;
    }

    private Path cliTmpDir() {
        return layout.tmp().resolve(CLIENT);
    }
}
