package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.cli.JobOperations;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once under failure and across upgrades, on the real stack. The same data set goes through
 * several jobs: one left alone, and others disturbed at random points: the TaskManager killed with
 * SIGKILL twice (a new one started each time), Cassandra stopped for 60 s, the Kafka broker
 * restarted, the Cassandra write-ahead log instead of upserts with a TaskManager kill and a
 * Cassandra outage, and an upgrade to version 2 of the job through a savepoint ({@code
 * ./tradestream upgrade}). Every Cassandra table the job writes, and the alerts, dead-letter and
 * rejection topics read committed, must come out of each disturbed run as of the undisturbed one:
 * nothing lost, nothing doubled.
 */
@ExtendWith(LocalStackExtension.class)
class ExactlyOnceIT {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration CASSANDRA_OUTAGE = Duration.ofSeconds(60);

    /** The rules' record time, before the market opens, so both runs see the same. */
    private static final long RULES_TIME = FailureDataSet.START.toEpochMilli() - 60_000;

    private static final FailureDataSet DATA = new FailureDataSet();

    private static final long SEED = System.nanoTime();

    /** What the undisturbed run wrote. */
    private static Map<String, List<String>> expected;

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

    @BeforeAll
    static void runUndisturbed(LocalStack stack) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "ExactlyOnceIT: %,d market events, %d rules; random points from seed %d%n",
                DATA.market.size(),
                DATA.rules.size(),
                SEED);
        Outputs undisturbed = run(stack, "eoalone", run -> {});
        assertThat(undisturbed.restores()).isZero();
        expected = undisturbed.byTableOrTopic();
        assertThat(expected.get("fills_by_user")).as("the data set trades").hasSizeGreaterThan(50);
        assertThat(expected.get("alerts")).as("the data set alerts").hasSizeGreaterThan(100);
    }

    @Test
    void taskManagerKilledTwice(LocalStack stack) throws Exception {
        Random random = random("kills");
        double firstKill = 0.15 + 0.25 * random.nextDouble();
        double secondKill = firstKill + 0.2 + 0.25 * random.nextDouble();
        Outputs killed =
                run(
                        stack,
                        "eokilled",
                        run -> {
                            killTaskManagerAt(stack, run, firstKill);
                            killTaskManagerAt(stack, run, secondKill);
                        });
        assertThat(killed.restores()).isGreaterThanOrEqualTo(2);
        assertSameOutputs("TaskManager killed twice", killed);
    }

    @Test
    void cassandraStoppedFor60Seconds(LocalStack stack) throws Exception {
        double stopAt = 0.2 + 0.4 * random("cassandra").nextDouble();
        Outputs cassandraDown =
                run(stack, "eocassandra", run -> stopCassandraAt(stack, run, stopAt));
        assertSameOutputs("Cassandra stopped for 60 s", cassandraDown);
    }

    @Test
    void kafkaRestarted(LocalStack stack) throws Exception {
        double restartAt = 0.2 + 0.4 * random("kafka").nextDouble();
        Outputs kafkaRestarted =
                run(
                        stack,
                        "eokafka",
                        run -> {
                            awaitTradesCommitted(run, restartAt);
                            stack.kafka().stop();
                            stack.kafka().start();
                        });
        assertSameOutputs("Kafka restarted", kafkaRestarted);
    }

    @Test
    void writeAheadLogWithTaskManagerKilledAndCassandraStopped(LocalStack stack) throws Exception {
        Random random = random("write-ahead log");
        double killAt = 0.15 + 0.25 * random.nextDouble();
        double stopAt = killAt + 0.2 + 0.25 * random.nextDouble();
        Outputs writeAheadLog =
                run(
                        stack,
                        "eowal",
                        Map.of("cassandra.write-mode", "write-ahead-log"),
                        run -> {
                            killTaskManagerAt(stack, run, killAt);
                            stopCassandraAt(stack, run, stopAt);
                        });
        assertThat(writeAheadLog.restores()).isGreaterThanOrEqualTo(1);
        assertSameOutputs(
                "write-ahead log, TaskManager killed and Cassandra stopped", writeAheadLog);
    }

    /**
     * Version 1 runs until a random point, is stopped with a savepoint, and version 2 (a change to
     * the strategies' position accounting that adds a field to their state, see {@link
     * JobVersion2}) continues from it, as {@code ./tradestream upgrade} does.
     */
    @Test
    void upgradeToVersion2ThroughASavepoint(LocalStack stack, @TempDir Path folder)
            throws Exception {
        Path version2 =
                JobVersion2.build(
                        TradeStreamJobRun.jobJar(),
                        Path.of(System.getProperty("tradestream.repo")),
                        folder);
        double upgradeAt = 0.2 + 0.5 * random("upgrade").nextDouble();
        Path taskManagerLog = stack.layout().logFile("flink-taskmanager");
        String[] upgrade = new String[2];
        long migrationsBefore = stateMigrationsOfBooks(taskManagerLog);
        Outputs upgraded =
                run(
                        stack,
                        "eoupgrade",
                        run -> {
                            awaitTradesCommitted(run, upgradeAt);
                            JobOperations.Upgrade done =
                                    new JobOperations(stack.flink().cli(), List.of())
                                            .upgrade(
                                                    run.jobId(),
                                                    null,
                                                    version2,
                                                    JobOperations.Start.FRESH,
                                                    run.settings());
                            upgrade[0] = run.jobId();
                            upgrade[1] = done.savepoint();
                            run.continuedAs(done.jobId());
                            stack.flink()
                                    .rest()
                                    .awaitJobState(done.jobId(), "RUNNING", Duration.ofMinutes(2));
                        });

        assertThat(stack.flink().rest().jobState(upgrade[0])).isEqualTo("FINISHED");
        assertThat(upgraded.restores()).as("version 2 started from the savepoint").isEqualTo(1);
        assertThat(stateMigrationsOfBooks(taskManagerLog))
                .as("the strategy books' state migrated to version 2's Position")
                .isGreaterThan(migrationsBefore);
        assertSameOutputs("upgraded to version 2 through savepoint " + upgrade[1], upgraded);
    }

    /**
     * How often the TaskManager's logs say it migrated the rule engine's {@code strategy-books}
     * state: the current log and those it rolled over to ({@code .1}, {@code .2}, ...).
     */
    private static long stateMigrationsOfBooks(Path log) throws IOException {
        String name = log.getFileName().toString();
        long migrations = 0;
        try (Stream<Path> files = Files.list(log.getParent())) {
            for (Path file :
                    files.filter(f -> f.getFileName().toString().startsWith(name)).toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    migrations +=
                            lines.filter(line -> line.contains("Performing state migration"))
                                    .filter(line -> line.contains("name=strategy-books"))
                                    .count();
                }
            }
        }
        return migrations;
    }

    /** A random source for one test's points in the data, from the run's printed seed. */
    private static Random random(String test) {
        return new Random(SEED ^ test.hashCode());
    }

    private static void assertSameOutputs(String disturbance, Outputs actual) {
        JobOutputs.assertSame(disturbance, actual.byTableOrTopic(), expected);
    }

    /**
     * Runs the job over the data set on topics and a keyspace of its own: the rules first, then,
     * once the engine holds them all, the market; then {@code disturbance} acts on the run while
     * the job works through it. Waits until the job has consumed everything and committed what
     * followed from it.
     */
    private static Outputs run(LocalStack stack, String name, Disturbance disturbance)
            throws Exception {
        return run(stack, name, Map.of(), disturbance);
    }

    /** {@link #run(LocalStack, String, Disturbance)} with more job settings. */
    private static Outputs run(
            LocalStack stack, String name, Map<String, String> settings, Disturbance disturbance)
            throws Exception {
        // Checkpoints every 10 s, so a failure replays up to 10 s of input, whose outputs must not
        // appear twice.
        try (TradeStreamJobRun run = TradeStreamJobRun.prepareWithProductionTiming(stack, name)) {
            settings.forEach(run::with);
            List<String[]> rules = new ArrayList<>();
            for (String[] rule : DATA.rules) {
                rules.add(new String[] {run.topic("rules"), rule[0], rule[1]});
            }
            StackClients.produceAll(stack, rules, RULES_TIME);
            run.submitAndAwaitRules(DATA.rules.size());

            List<String[]> market = new ArrayList<>(DATA.market.size());
            for (String[] event : DATA.market) {
                market.add(new String[] {run.topic(event[0]), event[1], event[2]});
            }
            StackClients.produceAll(stack, market, null);
            disturbance.apply(run);

            run.awaitAllCommitted(RUN_TIMEOUT);
            System.out.printf(
                    Locale.ROOT,
                    "ExactlyOnceIT %s: %d restores; since the last (re)start %d late trades, %d"
                            + " late quotes, %d late engine updates%n",
                    name,
                    run.restoredCheckpoints(),
                    run.metric("Trade-quote as-of join", "lateTrades"),
                    run.metric("Trade-quote as-of join", "lateQuotes"),
                    run.metric("Rule engine", "lateUpdates"));
            return new Outputs(JobOutputs.of(stack, run), run.restoredCheckpoints());
        }
    }

    /**
     * Waits until the job has committed {@code fraction} of the trades, then kills the TaskManager
     * with SIGKILL, starts a new one, and waits until the job has restored its last checkpoint and
     * runs again.
     */
    private static void killTaskManagerAt(LocalStack stack, TradeStreamJobRun run, double fraction)
            throws InterruptedException {
        awaitTradesCommitted(run, fraction);
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
    private static void stopCassandraAt(LocalStack stack, TradeStreamJobRun run, double fraction)
            throws InterruptedException {
        awaitTradesCommitted(run, fraction);
        stack.cassandra().stop();
        Thread.sleep(CASSANDRA_OUTAGE.toMillis());
        stack.cassandra().start();
    }

    /** Waits until the job has committed {@code fraction} of the trades' offsets. */
    private static void awaitTradesCommitted(TradeStreamJobRun run, double fraction)
            throws InterruptedException {
        run.awaitTradesCommitted((long) (fraction * DATA.trades()), RUN_TIMEOUT);
    }
}
