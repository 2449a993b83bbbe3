package io.tradestream.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** The local Kafka broker: one KRaft node (broker and controller) in a JVM of its own. */
public final class KafkaBroker implements ManagedServer {
    static final String PROCESS = "kafka";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final StackLayout layout;
    private final Repository repository;
    private final PortPlan ports;
    private final ServerProcess process;

    KafkaBroker(StackLayout layout, Repository repository, PortPlan ports) {
        this.layout = layout;
        this.repository = repository;
        this.ports = ports;
        this.process = new ServerProcess(layout, PROCESS);
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return Loopback.ADDRESS + ":" + ports.kafka();
    }

    /**
     * Creates the topics that do not exist yet (replication factor 1) and returns once the broker
     * serves all of them. Fails if one exists with a different number of partitions.
     */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        List<NewTopic> topics = new ArrayList<>();
        partitionsByTopic.forEach(
                (topic, partitions) -> topics.add(new NewTopic(topic, partitions, (short) 1)));
        try (Admin admin = admin()) {
            for (var created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            checkPartitions(admin, partitionsByTopic);
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException("Cannot create topics " + partitionsByTopic.keySet(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while creating topics", e);
        }
    }

    private static void checkPartitions(Admin admin, Map<String, Integer> wanted)
            throws ExecutionException, InterruptedException, TimeoutException {
        for (TopicDescription description : describe(admin, wanted.keySet()).values()) {
            int partitions = description.partitions().size();
            if (partitions != wanted.get(description.name())) {
                throw new StackException(
                        "Topic "
                                + description.name()
                                + " exists with "
                                + partitions
                                + " partitions, not "
                                + wanted.get(description.name()));
            }
        }
    }

    // A topic that was just created may not be in the broker's metadata yet: retry a little.
    private static Map<String, TopicDescription> describe(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
        while (true) {
            try {
                return admin.describeTopics(topics)
                        .allTopicNames()
                        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    @Override
    public Component component() {
        return Component.KAFKA;
    }

    /** Formats the storage on first use, starts the broker and waits until it answers. */
    @Override
    public void start() {
        Path lib = repository.runtimeLib(Component.KAFKA);
        Path conf = layout.conf().resolve(PROCESS);
        Path serverProperties = conf.resolve("server.properties");
        Path log4j = conf.resolve("log4j2.properties");
        StackLayout.writeFile(
                serverProperties,
                KafkaConfig.toPropertiesText(
                        "Generated by io.tradestream.stack.KafkaBroker at each start.",
                        KafkaConfig.serverProperties(ports, layout.data().resolve(PROCESS))));
        StackLayout.writeFile(log4j, KafkaConfig.log4j2Properties(layout.logFile(PROCESS)));
        List<String> logging = List.of("-Dlog4j2.configurationFile=" + log4j);

        formatStorage(lib, serverProperties, logging);
        process.start(
                new JvmCommand(lib, "kafka.Kafka")
                        .jvmOptions("-Xmx256m", "-Xms256m", "-Djava.awt.headless=true")
                        .jvmOptions(logging)
                        .arguments(serverProperties.toString()),
                Map.of());
        Readiness.await("Kafka", List.of(process), READY_TIMEOUT, this::answers);
    }

    /**
     * Formats the storage on first use only. A formatted log directory holds its cluster id in
     * meta.properties; formatting it again with a new id fails (even with --ignore-formatted), so a
     * restart over earlier data must skip this step.
     */
    private void formatStorage(Path lib, Path serverProperties, List<String> logging) {
        if (Files.exists(layout.data().resolve(PROCESS).resolve("meta.properties"))) {
            return;
        }
        JvmTask.Result result =
                JvmTask.run(
                        new JvmCommand(lib, "kafka.tools.StorageTool")
                                .jvmOptions("-Xmx128m")
                                .jvmOptions(logging)
                                .arguments(
                                        "format",
                                        "--ignore-formatted",
                                        "-t",
                                        KafkaConfig.randomClusterId(),
                                        "-c",
                                        serverProperties.toString()),
                        Map.of(),
                        process.tmpDir(),
                        Duration.ofSeconds(60));
        if (!result.succeeded()) {
            throw new StackException(
                    "Kafka: formatting the storage failed (exit code "
                            + result.exitCode()
                            + "):\n"
                            + result.output());
        }
    }

    private boolean answers() throws Exception {
        Admin admin = admin();
        try {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } finally {
            // Plain close() would wait for the abandoned request until its API timeout.
            admin.close(Duration.ofSeconds(1));
        }
    }

    private Admin admin() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(config);
    }

    @Override
    public void stop() {
        process.stop(STOP_GRACE);
    }

    @Override
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public ComponentStatus status() {
        return ComponentStatus.ofSingleProcess(
                Component.KAFKA, PROCESS, process, ports.of(Component.KAFKA), this::answers);
    }
}
