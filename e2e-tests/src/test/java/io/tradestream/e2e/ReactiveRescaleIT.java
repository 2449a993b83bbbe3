package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.stack.FlinkApplicationCluster;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.Repository;
import io.tradestream.stack.junit.LocalStackExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rescaling in reactive mode, on a real application cluster of its own next to the shared stack's
 * Kafka and Cassandra: the job starts on one TaskManager, a second TaskManager is added while the
 * market streams in and the job scales up to it, then that TaskManager is stopped and the job
 * scales back, and the market's end follows. Every rescale restarts the job from its latest
 * checkpoint, with its keyed state redistributed over the new parallelism. Every Cassandra table
 * and output topic must come out as those of a run on the session cluster that was left alone:
 * nothing lost, nothing doubled.
 */
@ExtendWith(LocalStackExtension.class)
class ReactiveRescaleIT {
    /** Enough partitions for the sources at the largest parallelism: 2 TaskManagers x 2 slots. */
    private static final int MARKET_PARTITIONS = 4;

    /**
     * Watermark bounds that a paced feed never comes near, so that no record is late whatever the
     * order in which the parallel source tasks start reading, and however long a busy machine keeps
     * one partition's records waiting behind another's. Both runs use them, so their outputs
     * compare.
     */
    private static final Map<String, String> SETTINGS =
            Map.of(
                    "watermark.out-of-orderness", "30s",
                    "watermark.idleness", "20s",
                    "checkpoint.interval", "5s");

    /**
     * Event time that every partition's last records pass: the market spans 30 minutes from {@link
     * FailureDataSet#START}, and the watermark trails it by the 30 s out-of-orderness.
     */
    private static final Instant MARKET_DONE = FailureDataSet.START.plus(Duration.ofMinutes(29));

    /** The market is fed in 100 chunks over this time, so that both rescales happen mid-stream. */
    private static final Duration FEED_TIME = Duration.ofSeconds(100);

    private static final int FEED_CHUNKS = 100;

    /**
     * The share of the market, its last 45 s, produced only once the job has scaled back. A job
     * restored from a checkpoint has no watermark until its sources read new records, so without
     * them its event time would never pass the market's end if it had read everything before the
     * last rescale.
     */
    private static final int HELD_BACK_FRACTION = 40;

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration RESCALE_TIMEOUT = Duration.ofMinutes(2);

    /** The rules' record time, before the market opens, so both runs see the same. */
    private static final long RULES_TIME = FailureDataSet.START.toEpochMilli() - 60_000;

    @TempDir Path clusterHome;

    @Test
    void addingAndRemovingATaskManagerRescalesTheJobWithItsStateIntact(LocalStack stack)
            throws Exception {
        FailureDataSet data = new FailureDataSet(Duration.ofMinutes(30), 20);
        System.out.printf(
                Locale.ROOT,
                "ReactiveRescaleIT: %,d market events, %d rules%n",
                data.market.size(),
                data.rules.size());

        Map<String, List<String>> expected;
        try (TradeStreamJobRun run =
                TradeStreamJobRun.prepare(stack, "rsalone", SETTINGS, MARKET_PARTITIONS)) {
            produceRules(stack, run, data);
            run.submitAndAwaitRules(data.rules.size());
            StackClients.produceAll(stack, market(run, data), null);
            awaitAllProcessed(run);
            expected = JobOutputs.of(stack, run);
        }
        assertThat(expected.get("fills_by_user")).as("the data set trades").hasSizeGreaterThan(100);
        assertThat(expected.get("alerts")).as("the data set alerts").hasSizeGreaterThan(500);
        System.out.printf(
                Locale.ROOT,
                "ReactiveRescaleIT: the undisturbed run wrote %d fills, %d alerts, %d bars%n",
                expected.get("fills_by_user").size(),
                expected.get("alerts").size(),
                expected.get("bars_by_symbol").size());

        try (TradeStreamJobRun run =
                        TradeStreamJobRun.prepare(
                                stack, "rsreactive", SETTINGS, MARKET_PARTITIONS);
                FlinkApplicationCluster cluster =
                        new FlinkApplicationCluster(clusterHome, Repository.locate())) {
            int slots = cluster.slotsPerTaskManager();
            produceRules(stack, run, data);
            run.startAndAwaitRules(cluster, data.rules.size());
            assertThat(run.parallelismByVertex().values()).containsOnly(slots);

            ExecutorService feeder = Executors.newSingleThreadExecutor();
            try {
                List<String[]> market = market(run, data);
                int paced = market.size() - market.size() / HELD_BACK_FRACTION;
                AtomicInteger produced = new AtomicInteger();
                Future<?> fed =
                        feeder.submit(
                                () -> producePaced(stack, market.subList(0, paced), produced));

                run.awaitTradesCommitted(data.trades() / 3, RUN_TIMEOUT);
                long restores = run.restoredCheckpoints();
                cluster.addTaskManager();
                awaitRescaled(run, 2 * slots, restores, produced);

                run.awaitTradesCommitted(2 * data.trades() / 3, RUN_TIMEOUT);
                restores = run.restoredCheckpoints();
                cluster.stopTaskManager(cluster.taskManagers().get(1));
                awaitRescaled(run, slots, restores, produced);

                fed.get();
                StackClients.produceAll(stack, market.subList(paced, market.size()), null);
            } finally {
                feeder.shutdownNow();
            }
            awaitAllProcessed(run);
            assertThat(run.restoredCheckpoints()).as("restores from checkpoints").isEqualTo(2);
            JobOutputs.assertSame(
                    "rescaled from 2 to 4 slots and back", JobOutputs.of(stack, run), expected);
        }
    }

    private static void produceRules(LocalStack stack, TradeStreamJobRun run, FailureDataSet data)
            throws Exception {
        List<String[]> rules = new ArrayList<>();
        for (String[] rule : data.rules) {
            rules.add(new String[] {run.topic("rules"), rule[0], rule[1]});
        }
        StackClients.produceAll(stack, rules, RULES_TIME);
    }

    private static List<String[]> market(TradeStreamJobRun run, FailureDataSet data) {
        List<String[]> market = new ArrayList<>(data.market.size());
        for (String[] event : data.market) {
            market.add(new String[] {run.topic(event[0]), event[1], event[2]});
        }
        return market;
    }

    /**
     * Writes the market in chunks at a steady pace: the job never finds its partitions quiet for
     * long enough to go idle, and a restart finds a backlog that every source task reads from.
     */
    private static Void producePaced(
            LocalStack stack, List<String[]> market, AtomicInteger produced) throws Exception {
        long start = System.nanoTime();
        int chunk = (market.size() + FEED_CHUNKS - 1) / FEED_CHUNKS;
        for (int i = 0; i * chunk < market.size(); i++) {
            long due = start + FEED_TIME.toNanos() * i / FEED_CHUNKS;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            int end = Math.min(market.size(), (i + 1) * chunk);
            StackClients.produceAll(stack, market.subList(i * chunk, end), null);
            produced.set(end);
        }
        return null;
    }

    /**
     * Waits until the job has restored a checkpoint since {@code restores} were counted, runs every
     * task, and every operator at {@code parallelism}.
     */
    private static void awaitRescaled(
            TradeStreamJobRun run, int parallelism, long restores, AtomicInteger produced)
            throws InterruptedException {
        StackClients.await(
                "the job to restart from a checkpoint at parallelism " + parallelism,
                RESCALE_TIMEOUT,
                () ->
                        run.restoredCheckpoints() > restores
                                && run.allTasksRunning()
                                && run.parallelismByVertex().values().stream()
                                        .allMatch(p -> p == parallelism));
        System.out.printf(
                Locale.ROOT,
                "ReactiveRescaleIT: running at parallelism %d with %,d market events produced:"
                        + " %s%n",
                parallelism,
                produced.get(),
                run.parallelismByVertex());
    }

    /**
     * Waits until the job's event time after the rule engine has passed the whole market (an empty
     * tweets topic holds event time back until it goes idle, after {@code watermark.idleness}), and
     * everything is consumed and committed.
     */
    private static void awaitAllProcessed(TradeStreamJobRun run) throws InterruptedException {
        run.awaitEventTime("Portfolio", MARKET_DONE, RUN_TIMEOUT);
        run.awaitAllCommitted(RUN_TIMEOUT);
    }
}
