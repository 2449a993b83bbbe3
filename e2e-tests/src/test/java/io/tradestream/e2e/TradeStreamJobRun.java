package io.tradestream.e2e;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.schema.Replication;
import io.tradestream.schema.SchemaMigrator;
import io.tradestream.stack.FlinkApplicationCluster;
import io.tradestream.stack.FlinkRestClient;
import io.tradestream.stack.LocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One TradeStream job on the shared stack, isolated from other tests by its own topics, keyspace,
 * consumer group and transactional ids: submitted as the shaded jar through the Flink CLI to the
 * stack's session cluster, or run by an application cluster of its own.
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

    /** The topics a job reads market data and tweets from in parallel. */
    private static final List<String> MARKET_TOPICS = List.of("trades", "quotes", "tweets");

    /**
     * Longer than the sources' watermark interval (Flink's 200 ms default): by then they have
     * emitted the watermark after their last records.
     */
    private static final Duration WATERMARK_AFTER_LAST_RECORDS = Duration.ofSeconds(1);

    private final LocalStack stack;
    private final LocalStack cassandra;
    private final String name;

    /** Job settings beyond the topics, keyspace and ids every run sets. */
    private final Map<String, String> extraSettings;

    private String jobId;

    // The REST API of the cluster that runs the job: the stack's session cluster unless the run
    // has an application cluster of its own, which ends with its job.
    private FlinkRestClient rest;
    private boolean onSessionCluster = true;

    private TradeStreamJobRun(
            LocalStack stack,
            LocalStack cassandra,
            String name,
            Map<String, String> extraSettings) {
        this.stack = stack;
        this.cassandra = cassandra;
        this.rest = stack.flink().rest();
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
        return prepare(stack, cassandra, name, timing, 1);
    }

    /**
     * A run whose job gets the {@code timing} settings (checkpoints, watermarks) and whose trades,
     * quotes and tweets topics have {@code marketPartitions} partitions each, so that that many
     * source tasks can read them.
     */
    static TradeStreamJobRun prepare(
            LocalStack stack, String name, Map<String, String> timing, int marketPartitions) {
        return prepare(stack, stack, name, timing, marketPartitions);
    }

    private static TradeStreamJobRun prepare(
            LocalStack stack,
            LocalStack cassandra,
            String name,
            Map<String, String> timing,
            int marketPartitions) {
        TradeStreamJobRun run = new TradeStreamJobRun(stack, cassandra, name, timing);
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String topic : TOPICS) {
            topics.put(run.topic(topic), MARKET_TOPICS.contains(topic) ? marketPartitions : 1);
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
        awaitRules(rules);
    }

    /**
     * Starts {@code cluster} with the job jar and this run's settings, and waits until the job runs
     * and its engine holds {@code rules} rules.
     */
    void startAndAwaitRules(FlinkApplicationCluster cluster, int rules)
            throws InterruptedException {
        cluster.start(jobJar(), settings());
        jobId = cluster.jobId();
        rest = cluster.rest();
        onSessionCluster = false;
        StackClients.await(
                "the application cluster to run job " + jobId,
                Duration.ofMinutes(1),
                () -> rest.jobIds().contains(jobId));
        awaitRules(rules);
    }

    private void awaitRules(int rules) throws InterruptedException {
        rest.awaitJobState(jobId, "RUNNING", Duration.ofMinutes(2));
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
        rest.awaitJobState(jobId, "FINISHED", Duration.ofMinutes(3));
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

    /** Waits until the job has committed {@code offsets} records of the trades topic. */
    void awaitTradesCommitted(long offsets, Duration timeout) throws InterruptedException {
        StackClients.await(
                offsets + " trades committed",
                timeout,
                () -> StackClients.committedOffsets(stack, groupId(), topic("trades")) >= offsets);
    }

    /**
     * Waits until the job has consumed everything written to its trades, quotes and rules topics,
     * then takes three checkpoints. The first is triggered after the sources have emitted the
     * watermark that follows their last records, so its barriers follow every output those cause;
     * the sinks commit them when it completes, before they take part in the second (a task handles
     * the notification before the next barrier, and the write-ahead log's writes block it), so once
     * the second completes the outputs are visible to readers. The third gives the write-ahead log
     * the one more notification it needs to send a checkpoint's rows again if one of their writes
     * failed.
     */
    void awaitAllCommitted(Duration timeout) throws InterruptedException {
        StackClients.awaitConsumed(
                stack,
                groupId(),
                List.of(topic("trades"), topic("quotes"), topic("rules")),
                timeout);
        Thread.sleep(WATERMARK_AFTER_LAST_RECORDS.toMillis());
        for (int checkpoint = 0; checkpoint < 3; checkpoint++) {
            checkpointNow();
        }
    }

    /**
     * Waits until every task of the single-input vertex whose name starts with {@code vertexName}
     * has an input watermark (event time) at or after {@code eventTime}. (A two-input vertex such
     * as the rule engine reports the lower of its inputs, and its broadcast rules never carry one.)
     */
    void awaitEventTime(String vertexName, Instant eventTime, Duration timeout)
            throws InterruptedException {
        StackClients.await(
                vertexName + "'s event time to reach " + eventTime,
                timeout,
                () -> lowestInputWatermark(vertexName) >= eventTime.toEpochMilli());
    }

    /** The lowest input watermark over a vertex's tasks; Long.MIN_VALUE before each has one. */
    private long lowestInputWatermark(String vertexName) {
        for (JsonNode vertex : rest.getJson("/jobs/" + jobId).path("vertices")) {
            if (vertex.path("name").asText().startsWith(vertexName)) {
                String path =
                        "/jobs/"
                                + jobId
                                + "/vertices/"
                                + vertex.path("id").asText()
                                + "/watermarks";
                long lowest = Long.MAX_VALUE;
                int tasks = 0;
                for (JsonNode watermark : rest.getJson(path)) {
                    lowest = Math.min(lowest, watermark.path("value").asLong(Long.MIN_VALUE));
                    tasks++;
                }
                return tasks == vertex.path("parallelism").asInt() ? lowest : Long.MIN_VALUE;
            }
        }
        return Long.MIN_VALUE;
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
        return rest.getJson("/jobs/" + jobId + "/checkpoints").path("counts").path(kind).asLong();
    }

    long restarts() {
        return rest.numRestarts(jobId);
    }

    String state() {
        return rest.jobState(jobId);
    }

    /**
     * Asks the JobManager for a checkpoint now, as {@code POST /jobs/<id>/checkpoints} does, and
     * waits until that checkpoint has completed; asks again if it failed (while the job restarts,
     * say).
     */
    void checkpointNow() throws InterruptedException {
        String[] request = {triggerCheckpoint()};
        StackClients.await(
                "a checkpoint triggered through the REST API",
                Duration.ofMinutes(1),
                () -> {
                    JsonNode status = rest.getJson("/jobs/" + jobId + "/checkpoints/" + request[0]);
                    if (!"COMPLETED".equals(status.path("status").path("id").asText())) {
                        return false;
                    }
                    if (status.path("operation").hasNonNull("failureCause")) {
                        request[0] = triggerCheckpoint();
                        return false;
                    }
                    return true;
                });
    }

    /** Triggers a checkpoint; returns the id of the request to follow. */
    private String triggerCheckpoint() {
        return rest.postJson("/jobs/" + jobId + "/checkpoints", "{}").path("request-id").asText();
    }

    /**
     * A metric summed over all subtasks of the vertex whose name contains {@code vertexName}, e.g.
     * {@code numRecordsIn}; -1 while it is not reported yet.
     */
    long vertexSum(String vertexName, String metricName) {
        JsonNode job = rest.getJson("/jobs/" + jobId);
        for (JsonNode vertex : job.path("vertices")) {
            if (vertex.path("name").asText().contains(vertexName)) {
                return rest.getJson(
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

    /** Each operator chain's (vertex's) parallelism by its name, as the REST API shows them. */
    Map<String, Integer> parallelismByVertex() {
        Map<String, Integer> parallelism = new LinkedHashMap<>();
        for (JsonNode vertex : rest.getJson("/jobs/" + jobId).path("vertices")) {
            parallelism.put(vertex.path("name").asText(), vertex.path("parallelism").asInt());
        }
        return parallelism;
    }

    /** Whether the job is RUNNING and so is every one of its vertices (all tasks deployed). */
    boolean allTasksRunning() {
        JsonNode job = rest.getJson("/jobs/" + jobId);
        if (!"RUNNING".equals(job.path("state").asText())) {
            return false;
        }
        for (JsonNode vertex : job.path("vertices")) {
            if (!"RUNNING".equals(vertex.path("status").asText())) {
                return false;
            }
        }
        return true;
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
        JsonNode job = rest.getJson("/jobs/" + jobId);
        for (JsonNode vertex : job.path("vertices")) {
            if (!vertex.path("name").asText().contains(vertexName)) {
                continue;
            }
            String base = "/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/metrics";
            for (JsonNode metric : rest.getJson(base)) {
                String id = metric.path("id").asText();
                if (id.endsWith("." + metricName)) {
                    JsonNode values = rest.getJson(base + "?get=" + id);
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
        return rest.operatorMetric(jobId, metricName);
    }

    @Override
    public void close() {
        // An application cluster ends with its job; on the session cluster, cancel it.
        if (jobId != null
                && onSessionCluster
                && !List.of("FINISHED", "FAILED", "CANCELED").contains(state())) {
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
