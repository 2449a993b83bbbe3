package io.tradestream.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A standalone Flink application cluster in reactive mode on this machine: the JobManager runs one
 * job jar's main, and the job uses every slot of the TaskManagers that are there; adding or
 * removing a TaskManager rescales it. Each process is a JVM of its own with the production
 * flink-conf/config.yaml, local addresses, free ports and its own folders in {@code home} (the
 * layout of {@link StackLayout}); TaskManagers have {@value FlinkLocalConfig#APPLICATION_SLOTS}
 * slots.
 */
public final class FlinkApplicationCluster implements AutoCloseable {
    private static final String JOBMANAGER = "flink-jobmanager";
    private static final String TASKMANAGER = "flink-taskmanager-";
    private static final String ENTRY_POINT =
            "org.apache.flink.container.entrypoint.StandaloneApplicationClusterEntryPoint";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackLayout layout;
    private final int restPort;
    private final FlinkConfDir conf;
    private final FlinkProcesses processes;
    private final ServerProcess jobManager;
    // By resource id, in the order they were added.
    private final Map<String, ServerProcess> taskManagers = new LinkedHashMap<>();
    private final String jobId = UUID.randomUUID().toString().replace("-", "");
    private int launchedTaskManagers;

    /** A cluster whose files go to {@code home}, on free ports of 127.0.0.1; not started. */
    public FlinkApplicationCluster(Path home, Repository repository) {
        this.layout = new StackLayout(home);
        List<Integer> ports = PortPlan.freePorts(2);
        this.restPort = ports.get(0);
        this.conf =
                new FlinkConfDir(
                        layout,
                        repository,
                        "Local stack: memory sizes, slots and the reactive scheduler",
                        FlinkLocalConfig.reactiveApplication(layout),
                        FlinkLocalConfig.placement(layout, restPort, ports.get(1)));
        this.processes = new FlinkProcesses(layout, repository, conf);
        this.jobManager = new ServerProcess(layout, JOBMANAGER);
    }

    /**
     * Starts the JobManager with the job (the jar's main class, {@code jobArguments} as its
     * arguments) and one TaskManager; returns when the TaskManager has registered. The job then
     * starts on its slots.
     */
    public void start(Path jobJar, List<String> jobArguments) {
        layout.create();
        conf.write();
        // local://: the entry point uses the jar where it is; the TaskManagers get it from the
        // JobManager's blob server, as on a real cluster. --jars takes every word up to the next
        // option of the entry point's, so --job-id comes between it and the job's arguments.
        List<String> arguments =
                new ArrayList<>(List.of("--jars", "local://" + jobJar.toAbsolutePath()));
        arguments.addAll(List.of("--job-id", jobId));
        arguments.addAll(jobArguments);
        processes.launchJobManager(jobManager, ENTRY_POINT, arguments);
        addTaskManager();
    }

    /** Starts one more TaskManager and returns its resource id once it has registered. */
    public String addTaskManager() {
        if (!jobManager.isAlive()) {
            throw new StackException("The Flink JobManager does not run: start the cluster first");
        }
        launchedTaskManagers++;
        ServerProcess process = new ServerProcess(layout, TASKMANAGER + launchedTaskManagers);
        String resourceId =
                processes.launchTaskManager(
                        process, processes.memory(FlinkMemoryCalculator.Role.TASKMANAGER));
        taskManagers.put(resourceId, process);
        Readiness.await(
                "Flink TaskManager " + resourceId,
                List.of(jobManager, process),
                READY_TIMEOUT,
                () -> FlinkProcesses.isRegistered(rest(), resourceId));
        return resourceId;
    }

    /** Stops a TaskManager as an operator would (SIGTERM to its process, SIGKILL after 30 s). */
    public void stopTaskManager(String resourceId) {
        ServerProcess process = taskManagers.remove(resourceId);
        if (process == null) {
            throw new StackException("No running TaskManager " + resourceId);
        }
        process.stop(STOP_GRACE);
    }

    /** The resource ids of the running TaskManagers, in the order they were added. */
    public List<String> taskManagers() {
        return List.copyOf(taskManagers.keySet());
    }

    public int slotsPerTaskManager() {
        return FlinkLocalConfig.APPLICATION_SLOTS;
    }

    /** The id of the job the JobManager runs. */
    public String jobId() {
        return jobId;
    }

    /** The web UI and REST API. */
    public String restUrl() {
        return "http://" + Loopback.ADDRESS + ":" + restPort;
    }

    public FlinkRestClient rest() {
        return new FlinkRestClient(restUrl());
    }

    /** Its files: logs/, run/, conf/, data/ (checkpoints) and tmp/. */
    public Path home() {
        return layout.home();
    }

    /** Stops every TaskManager and the JobManager; deletes the temporary files. */
    @Override
    public void close() {
        for (String resourceId : taskManagers()) {
            stopTaskManager(resourceId);
        }
        jobManager.stop(STOP_GRACE);
        StackLayout.deleteRecursively(layout.tmp());
    }
}
