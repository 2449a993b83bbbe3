package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly once under failure, on the real stack: the same data set goes through five jobs, one left
 * alone and four disturbed at random points: the TaskManager killed with SIGKILL twice (a new one
 * started each time), Cassandra stopped for 60 s, the Kafka broker restarted, and, with the
 * Cassandra write-ahead log instead of upserts, the TaskManager killed and Cassandra stopped. Every
 * Cassandra table the job writes, and the alerts, dead-letter and rejection topics read committed,
 * must come out of each disturbed run as of the undisturbed one: nothing lost, nothing doubled.
 */
@ExtendWith(LocalStackExtension.class)
class ExactlyOnceIT {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration CASSANDRA_OUTAGE = Duration.ofSeconds(60);

    /** The rules' record time, before the market opens, so both runs see the same. */
    private static final long RULES_TIME = FailureDataSet.START.toEpochMilli() - 60_000;

    private static final List<String> OUTPUT_TOPICS =
            List.of("alerts", "dead-letters", "rule-rejections");

    /**
     * What a run wrote: each table's rows and each output topic's records, sorted; and how often it
     * restarted from a checkpoint.
     */
    private record Outputs(Map<String, List<String>> byTableOrTopic, long restores) {}

    /** Something done to a run while it processes the market. */
    @FunctionalInterface
    private interface Disturbance {
        void apply(TradeStreamJobRun run) throws Exception;
    }

    @Test
    void killsAndOutagesLoseAndDoubleNothing(LocalStack stack) throws Exception {
        FailureDataSet data = new FailureDataSet();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        double firstKill = 0.15 + 0.25 * random.nextDouble();
        double secondKill = firstKill + 0.2 + 0.25 * random.nextDouble();
        double cassandraStop = 0.2 + 0.4 * random.nextDouble();
        double kafkaRestart = 0.2 + 0.4 * random.nextDouble();
        System.out.printf(
                Locale.ROOT,
                "ExactlyOnceIT: %,d market events, %d rules; the TaskManager killed at %.0f %% and"
                        + " %.0f %% of the trades, Cassandra stopped at %.0f %%, Kafka restarted at"
                        + " %.0f %% (seed %d)%n",
                data.market.size(),
                data.rules.size(),
                100 * firstKill,
                100 * secondKill,
                100 * cassandraStop,
                100 * kafkaRestart,
                seed);

        Outputs undisturbed = run(stack, "eoalone", data, run -> {});
        assertThat(undisturbed.restores()).isZero();
        Map<String, List<String>> expected = undisturbed.byTableOrTopic();
        assertThat(expected.get("fills_by_user")).as("the data set trades").hasSizeGreaterThan(50);
        assertThat(expected.get("alerts")).as("the data set alerts").hasSizeGreaterThan(100);

        Outputs killed =
                run(
                        stack,
                        "eokilled",
                        data,
                        run -> {
                            killTaskManagerAt(stack, run, data, firstKill);
                            killTaskManagerAt(stack, run, data, secondKill);
                        });
        assertThat(killed.restores()).isGreaterThanOrEqualTo(2);
        assertSameOutputs("TaskManager killed twice", killed, expected);

        Outputs cassandraDown =
                run(
                        stack,
                        "eocassandra",
                        data,
                        run -> stopCassandraAt(stack, run, data, cassandraStop));
        assertSameOutputs("Cassandra stopped for 60 s", cassandraDown, expected);

        Outputs kafkaRestarted =
                run(
                        stack,
                        "eokafka",
                        data,
                        run -> {
                            awaitTradesCommitted(stack, run, data, kafkaRestart);
                            stack.kafka().stop();
                            stack.kafka().start();
                        });
        assertSameOutputs("Kafka restarted", kafkaRestarted, expected);

        Outputs writeAheadLog =
                run(
                        stack,
                        "eowal",
                        data,
                        Map.of("cassandra.write-mode", "write-ahead-log"),
                        run -> {
                            killTaskManagerAt(stack, run, data, firstKill);
                            stopCassandraAt(stack, run, data, secondKill);
                        });
        assertThat(writeAheadLog.restores()).isGreaterThanOrEqualTo(1);
        assertSameOutputs(
                "write-ahead log, TaskManager killed and Cassandra stopped",
                writeAheadLog,
                expected);
    }

    private static void assertSameOutputs(
            String disturbance, Outputs actual, Map<String, List<String>> expected) {
        assertThat(actual.byTableOrTopic().keySet()).as(disturbance).isEqualTo(expected.keySet());
        for (String output : expected.keySet()) {
            assertThat(actual.byTableOrTopic().get(output))
                    .as(disturbance + ": " + output)
                    .containsExactlyElementsOf(expected.get(output));
        }
    }

    /**
     * Runs the job over the data set on topics and a keyspace of its own: the rules first, then,
     * once the engine holds them all, the market; then {@code disturbance} acts on the run while
     * the job works through it. Waits until the job has consumed everything and committed what
     * followed from it.
     */
    private static Outputs run(
            LocalStack stack, String name, FailureDataSet data, Disturbance disturbance)
            throws Exception {
        return run(stack, name, data, Map.of(), disturbance);
    }

    /** {@link #run(LocalStack, String, FailureDataSet, Disturbance)} with more job settings. */
    private static Outputs run(
            LocalStack stack,
            String name,
            FailureDataSet data,
            Map<String, String> settings,
            Disturbance disturbance)
            throws Exception {
        // Checkpoints every 10 s, so a failure replays up to 10 s of input, whose outputs must not
        // appear twice.
        try (TradeStreamJobRun run = TradeStreamJobRun.prepareWithProductionTiming(stack, name)) {
            settings.forEach(run::with);
            List<String[]> rules = new ArrayList<>();
            for (String[] rule : data.rules) {
                rules.add(new String[] {run.topic("rules"), rule[0], rule[1]});
            }
            StackClients.produceAll(stack, rules, RULES_TIME);
            run.submitAndAwaitRules(data.rules.size());

            List<String[]> market = new ArrayList<>(data.market.size());
            for (String[] event : data.market) {
                market.add(new String[] {run.topic(event[0]), event[1], event[2]});
            }
            StackClients.produceAll(stack, market, null);
            disturbance.apply(run);

            StackClients.awaitConsumed(
                    stack,
                    run.groupId(),
                    List.of(run.topic("trades"), run.topic("quotes"), run.topic("rules")),
                    RUN_TIMEOUT);
            // Outputs that the last watermark triggers are committed by the checkpoints after it.
            long consumedAt = run.completedCheckpoints();
            StackClients.await(
                    "three more checkpoints",
                    Duration.ofMinutes(1),
                    () -> run.completedCheckpoints() >= consumedAt + 3);
            System.out.printf(
                    Locale.ROOT,
                    "ExactlyOnceIT %s: %d restores; since the last (re)start %d late trades, %d"
                            + " late quotes, %d late engine updates%n",
                    name,
                    run.restoredCheckpoints(),
                    run.metric("Trade-quote as-of join", "lateTrades"),
                    run.metric("Trade-quote as-of join", "lateQuotes"),
                    run.metric("Rule engine", "lateUpdates"));
            return new Outputs(outputs(stack, run), run.restoredCheckpoints());
        }
    }

    /**
     * Waits until the job has committed {@code fraction} of the trades, then kills the TaskManager
     * with SIGKILL, starts a new one, and waits until the job has restored its last checkpoint and
     * runs again.
     */
    private static void killTaskManagerAt(
            LocalStack stack, TradeStreamJobRun run, FailureDataSet data, double fraction)
            throws InterruptedException {
        awaitTradesCommitted(stack, run, data, fraction);
        long restores = run.restoredCheckpoints();
        stack.flink().killTaskManager();
        stack.flink().startTaskManager();
        StackClients.await(
                "the job to restart from a checkpoint after the TaskManager was killed",
                Duration.ofMinutes(2),
                () -> run.restoredCheckpoints() > restores);
        stack.flink().rest().awaitJobState(run.jobId(), "RUNNING", Duration.ofMinutes(2));
    }

    /**
     * Waits until the job has committed {@code fraction} of the trades, then stops Cassandra for
     * {@link #CASSANDRA_OUTAGE} and starts it again.
     */
    private static void stopCassandraAt(
            LocalStack stack, TradeStreamJobRun run, FailureDataSet data, double fraction)
            throws InterruptedException {
        awaitTradesCommitted(stack, run, data, fraction);
        stack.cassandra().stop();
        Thread.sleep(CASSANDRA_OUTAGE.toMillis());
        stack.cassandra().start();
    }

    /** Waits until the job has committed {@code fraction} of the trades' offsets. */
    private static void awaitTradesCommitted(
            LocalStack stack, TradeStreamJobRun run, FailureDataSet data, double fraction)
            throws InterruptedException {
        long trades = (long) (fraction * data.trades());
        StackClients.await(
                fraction + " of the trades committed",
                RUN_TIMEOUT,
                () ->
                        StackClients.committedOffsets(stack, run.groupId(), run.topic("trades"))
                                >= trades);
    }

    private static Map<String, List<String>> outputs(LocalStack stack, TradeStreamJobRun run) {
        Map<String, List<String>> outputs = new TreeMap<>();
        try (CqlSession cql = StackClients.cql(stack)) {
            List<String> tables = new ArrayList<>();
            for (Row row :
                    cql.execute(
                            "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?",
                            run.keyspace())) {
                tables.add(row.getString("table_name"));
            }
            tables.remove("schema_migrations");
            // The write-ahead log's record of the checkpoints each sink has written.
            tables.removeIf(table -> table.startsWith("checkpoints_"));
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                for (Row row : cql.execute("SELECT * FROM " + run.keyspace() + "." + table)) {
                    rows.add(row.getFormattedContents());
                }
                outputs.put(table, sorted(rows));
            }
        }
        for (String topic : OUTPUT_TOPICS) {
            outputs.put(topic, sorted(StackClients.readAllCommitted(stack, run.topic(topic))));
        }
        return outputs;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
