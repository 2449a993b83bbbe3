package io.tradestream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts the JVMs of one local Flink cluster as Flink's jobmanager.sh and taskmanager.sh do: memory
 * flags and Java options from its configuration folder, log4j with log.file, then the entry point
 * with the dynamic properties.
 */
final class FlinkProcesses {
    private final StackLayout layout;
    private final Repository repository;
    private final FlinkConfDir conf;

    FlinkProcesses(StackLayout layout, Repository repository, FlinkConfDir conf) {
        this.layout = layout;
        this.repository = repository;
        this.conf = conf;
    }

    /** The Flink jars (a Flink distribution's lib/ folder); fails with how to build them. */
    Path lib() {
        return repository.runtimeLib(Component.FLINK);
    }

    /** The memory flags of a role, computed once per configuration and cached. */
    FlinkMemoryFlags memory(FlinkMemoryCalculator.Role role) {
        Path lib = lib();
        return new FlinkMemoryCalculator(
                        lib,
                        conf.path(),
                        layout.conf().resolve("flink-memory-cache"),
                        memoryTmpDir())
                .flags(role, conf.memoryCacheKey(lib));
    }

    /** Starts a JobManager: {@code mainClass} is a cluster entry point of Flink's. */
    void launchJobManager(ServerProcess process, String mainClass, List<String> arguments) {
        launch(
                process,
                mainClass,
                memory(FlinkMemoryCalculator.Role.JOBMANAGER),
                "env.java.opts.jobmanager",
                arguments);
    }

    /**
     * Starts a TaskManager under a new resource id (its id in the REST API) and returns the id. It
     * retries until the JobManager is up: no need to wait for that first.
     */
    String launchTaskManager(ServerProcess process, FlinkMemoryFlags memory) {
        String resourceId = "local-taskmanager-" + UUID.randomUUID().toString().substring(0, 8);
        launch(
                process,
                "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
                memory,
                "env.java.opts.taskmanager",
                List.of("-D", "taskmanager.resource-id=" + resourceId));
        return resourceId;
    }

    /** Whether the TaskManager of this resource id has registered at the JobManager. */
    static boolean isRegistered(FlinkRestClient rest, String resourceId) {
        for (JsonNode taskManager : rest.getJson("/taskmanagers").path("taskmanagers")) {
            if (resourceId.equals(taskManager.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    /** BashJavaUtils' scratch folder; the cluster deletes it on stop. */
    Path memoryTmpDir() {
        return layout.tmp().resolve("flink-memory");
    }

    private void launch(
            ServerProcess process,
            String mainClass,
            FlinkMemoryFlags memory,
            String javaOptionsKey,
            List<String> extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--configDir", conf.path().toString()));
        arguments.addAll(memory.dynamicProperties());
        arguments.addAll(extraArguments);
        process.start(
                new JvmCommand(lib(), mainClass)
                        .jvmOptions(memory.jvmOptions())
                        .jvmOptions(conf.javaOptions(javaOptionsKey))
                        .jvmOptions(
                                "-Dlog.file=" + layout.logFile(process.name()),
                                "-Dlog4j.configurationFile="
                                        + conf.log4j("log4j.properties").toUri())
                        .arguments(arguments),
                Map.of());
    }
}
