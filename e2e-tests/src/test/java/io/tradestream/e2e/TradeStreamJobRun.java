package io.tradestream.e2e;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.schema.Replication;
import io.tradestream.schema.SchemaMigrator;
import io.tradestream.stack.LocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One TradeStream job on the shared stack, isolated from other tests by its own topics, keyspace,
 * consumer group and transactional ids, submitted as the shaded jar through the Flink CLI.
 */
final class TradeStreamJobRun implements AutoCloseable {
    static final List<String> TOPICS =
            List.of(
                    "trades",
                    "quotes",
                    "tweets",
                    "ticker-keywords",
                    "rules",
                    "alerts",
                    "dead-letters",
                    "rule-rejections");

    private final LocalStack stack;
    private final LocalStack cassandra;
    private final String name;

    /** Job settings beyond the topics, keyspace and ids every run sets. */
    private final Map<String, String> extraSettings;

    private String jobId;

    private TradeStreamJobRun(
            LocalStack stack,
            LocalStack cassandra,
            String name,
            Map<String, String> extraSettings) {
        this.stack = stack;
        this.cassandra = cassandra;
        this.name = name;
        this.extraSettings = new LinkedHashMap<>(extraSettings);
    }

    /**
     * Creates the topics and the keyspace of a run named {@code name} (letters and digits), whose
     * job checkpoints every second and lets a quiet input go idle after a second, so that tests see
     * their results soon.
     */
    static TradeStreamJobRun prepare(LocalStack stack, String name) {
        return prepareWithCassandraOf(stack, stack, name);
    }

    /**
     * As {@link #prepare(LocalStack, String)}, but the keyspace is created in, and the job writes
     * to, the Cassandra server of {@code cassandra} (as its superuser, if it asks clients to log
     * in).
     */
    static TradeStreamJobRun prepareWithCassandraOf(
            LocalStack stack, LocalStack cassandra, String name) {
        return prepare(
                stack,
                cassandra,
                name,
                Map.of("checkpoint.interval", "1s", "watermark.idleness", "1s"));
    }

    /** A run whose job checkpoints and goes idle as in production (the job's defaults). */
    static TradeStreamJobRun prepareWithProductionTiming(LocalStack stack, String name) {
        return prepare(stack, stack, name, Map.of());
    }

    private static TradeStreamJobRun prepare(
            LocalStack stack, LocalStack cassandra, String name, Map<String, String> timing) {
        TradeStreamJobRun run = new TradeStreamJobRun(stack, cassandra, name, timing);
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String topic : TOPICS) {
            topics.put(run.topic(topic), 1);
        }
        stack.kafka().createTopics(topics);
        try (CqlSession session = StackClients.cql(cassandra)) {
            new SchemaMigrator(session).migrate(run.keyspace(), Replication.simple(1));
        }
        return run;
    }

    /** Sets a job setting for the submissions that follow, e.g. {@code cassandra.write-mode}. */
    TradeStreamJobRun with(String setting, String value) {
        extraSettings.put(setting, value);
        return this;
    }

    String topic(String role) {
        return name + "-" + role;
    }

    String keyspace() {
        return name;
    }

    /** The job's Kafka consumer group. */
    String groupId() {
        return name;
    }

    String jobId() {
        return jobId;
    }

    /** Submits the job jar and waits until it runs and its engine holds {@code rules} rules. */
    void submitAndAwaitRules(int rules) throws InterruptedException {
        submit();
        stack.flink().rest().awaitJobState(jobId, "RUNNING", Duration.ofMinutes(2));
        StackClients.await(
                rules + " active rules in the rule engine",
                Duration.ofMinutes(1),
                () -> activeRules() == rules);
    }

    /**
     * Submits the job jar and returns once the cluster accepted it.
     *
     * @throws io.tradestream.stack.StackException with what {@code flink run} printed if the
     *     submission fails
     */
    void submit() {
        jobId = stack.flink().cli().run(jobJar(), settings());
    }

    /**
     * Runs the job as a backtest over the topic files in {@code folder}, writing to this run's
     * keyspace, and waits until it has read them all and finished.
     */
    void backtest(Path folder) {
        List<String> args = settings();
        add(args, "backtest.dir", folder.toString());
        jobId = stack.flink().cli().run(jobJar(), args);
        stack.flink().rest().awaitJobState(jobId, "FINISHED", Duration.ofMinutes(3));
    }

    /** The settings that point the job at this run's topics, keyspace and ids. */
    List<String> settings() {
        List<String> args = new ArrayList<>();
        add(args, "kafka.bootstrap-servers", stack.kafka().bootstrapServers());
        add(args, "kafka.group-id", groupId());
        add(args, "kafka.transactional-id-prefix", name);
        for (String topic : TOPICS) {
            add(args, "topic." + topic, topic(topic));
        }
        add(args, "cassandra.host", cassandra.cassandra().host());
        add(args, "cassandra.port", Integer.toString(cassandra.cassandra().nativePort()));
        add(args, "cassandra.keyspace", keyspace());
        extraSettings.forEach((setting, value) -> add(args, setting, value));
        return args;
    }

    /** The run goes on in another job, e.g. the new version after an upgrade. */
    void continuedAs(String newJobId) {
        jobId = newJobId;
    }

    /** How many checkpoints of the job have completed. */
    long completedCheckpoints() {
        return checkpointCount("completed");
    }

    /** How many times the job restarted from a checkpoint after a failure. */
    long restoredCheckpoints() {
        return checkpointCount("restored");
    }

    private long checkpointCount(String kind) {
        return stack.flink()
                .rest()
                .getJson("/jobs/" + jobId + "/checkpoints")
                .path("counts")
                .path(kind)
                .asLong();
    }

    long restarts() {
        return stack.flink().rest().numRestarts(jobId);
    }

    String state() {
        return stack.flink().rest().jobState(jobId);
    }

    /**
     * Asks the JobManager for a checkpoint now, as {@code POST /jobs/<id>/checkpoints} does, and
     * waits until it has completed.
     */
    void checkpointNow() throws InterruptedException {
        long completed = completedCheckpoints();
        stack.flink().rest().postJson("/jobs/" + jobId + "/checkpoints", "{}");
        StackClients.await(
                "a checkpoint triggered through the REST API",
                Duration.ofMinutes(1),
                () -> completedCheckpoints() > completed);
    }

    /**
     * A metric summed over all subtasks of the vertex whose name contains {@code vertexName}, e.g.
     * {@code numRecordsIn}; -1 while it is not reported yet.
     */
    long vertexSum(String vertexName, String metricName) {
        JsonNode job = stack.flink().rest().getJson("/jobs/" + jobId);
        for (JsonNode vertex : job.path("vertices")) {
            if (vertex.path("name").asText().contains(vertexName)) {
                return stack.flink()
                        .rest()
                        .getJson(
                                "/jobs/"
                                        + jobId
                                        + "/vertices/"
                                        + vertex.path("id").asText()
                                        + "/subtasks/metrics?agg=sum&get="
                                        + metricName)
                        .path(0)
                        .path("sum")
                        .asLong(-1);
            }
        }
        return -1;
    }

    /** The rule engine's {@code activeRules} gauge, read through the REST API. */
    long activeRules() {
        return metric("Rule engine", "activeRules");
    }

    /**
     * A metric of the first subtask of the operator whose vertex name contains {@code vertexName},
     * read through the REST API; -1 while it is not reported yet.
     */
    long metric(String vertexName, String metricName) {
        JsonNode job = stack.flink().rest().getJson("/jobs/" + jobId);
        for (JsonNode vertex : job.path("vertices")) {
            if (!vertex.path("name").asText().contains(vertexName)) {
                continue;
            }
            String base = "/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/metrics";
            for (JsonNode metric : stack.flink().rest().getJson(base)) {
                String id = metric.path("id").asText();
                if (id.endsWith("." + metricName)) {
                    JsonNode values = stack.flink().rest().getJson(base + "?get=" + id);
                    return values.path(0).path("value").asLong(-1);
                }
            }
        }
        return -1;
    }

    /**
     * Every subtask's value of an operator metric of the job, by the REST API's id {@code
     * <subtask>.<operator>.<metric>}.
     */
    Map<String, String> operatorMetric(String metricName) {
        return stack.flink().rest().operatorMetric(jobId, metricName);
    }

    @Override
    public void close() {
        if (jobId != null && !List.of("FINISHED", "FAILED", "CANCELED").contains(state())) {
            stack.flink().cli().cancel(jobId);
        }
    }

    /** The job jar this build made, as {@code flink run} takes it. */
    static Path jobJar() {
        return Path.of(System.getProperty("tradestream.job.jar"));
    }

    private static void add(List<String> args, String setting, String value) {
        args.add("--" + setting);
        args.add(value);
    }
}
