package io.tradestream.benchmarks;

import io.tradestream.job.GraphSettings;
import io.tradestream.job.JobSettings;
import io.tradestream.job.TradeStreamGraph;
import io.tradestream.job.TradeStreamJob;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.CheckpointType;
import org.apache.flink.runtime.checkpoint.AbstractCheckpointStats;
import org.apache.flink.runtime.checkpoint.CheckpointException;
import org.apache.flink.runtime.checkpoint.CompletedCheckpointStats;
import org.apache.flink.runtime.execution.ExecutionState;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.FileUtils;

/**
 * What a large rule population costs the running job: loads N {@link SyntheticRules} (10 per user)
 * through the production job graph ({@link TradeStreamGraph}: rules topic parser, id ownership,
 * per-user admission, broadcast to the rule engine) on a local Flink with the job's configuration
 * (RocksDB, incremental exactly-once checkpoints), waits until every rule engine task's {@code
 * activeRules} gauge shows N, then takes checkpoints one after another and prints their size and
 * duration, and how much of each engine task's share is the broadcast rules.
 *
 * <p>A trickle of synthetic market data (by default 2 events a second, half trades, event time in
 * step with the wall clock) keeps the job and event time moving; there are no tweets. The engine
 * evaluates each trade while it loads rules, so a faster trickle slows the load down. Periodic
 * checkpoints are off (every hour) so that the load is not measured with checkpoints in between;
 * the checkpoints are triggered by hand.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar io.tradestream.benchmarks.BroadcastRulesCheckpoint \
 *   [rules (default 1000000)] [parallelism (default 2)] [checkpoints (default 3)] \
 *   [market events per second (default 2)]
 * </pre>
 */
public final class BroadcastRulesCheckpoint {
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private BroadcastRulesCheckpoint() {}

    public static void main(String[] args) throws Exception {
        long rules = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int checkpoints = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        double marketEventsPerSecond = args.length > 3 ? Double.parseDouble(args[3]) : 2;

        Path checkpointDirectory = Files.createTempDirectory("tradestream-rules-checkpoints");
        Configuration conf = flinkConfiguration(checkpointDirectory);
        JobGraph job =
                jobGraph(conf, new RuleLoadInputs(rules, marketEventsPerSecond), parallelism);
        MiniClusterConfiguration cluster =
                new MiniClusterConfiguration.Builder()
                        .setConfiguration(conf)
                        .setNumTaskManagers(1)
                        .setNumSlotsPerTaskManager(parallelism)
                        // Not 8081: the local stack's Flink may be running.
                        .withRandomPorts()
                        .build();
        // Not try-with-resources: MiniCluster.close() may throw InterruptedException.
        MiniCluster flink = new MiniCluster(cluster);
        try {
            flink.start();
            long heapBefore = heapAfterFullGc();
            long start = System.nanoTime();
            JobID id = flink.submitJob(job).get().getJobID();
            awaitRulesLoaded(flink, id, rules, parallelism);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            awaitTasksStarted(flink, id);
            long heapLoaded = heapAfterFullGc();
            System.out.printf(
                    Locale.ROOT,
                    "%n%,d rules, parallelism %d, %.0f market events/s: every engine task had them"
                            + " after %.1f s (%,.0f rules/s); heap in use after a full GC %,.0f MB"
                            + " (%,.0f MB more than before the job) of %,.0f MB%n%n",
                    rules,
                    parallelism,
                    marketEventsPerSecond,
                    loadSeconds,
                    rules / loadSeconds,
                    heapLoaded / 1e6,
                    (heapLoaded - heapBefore) / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
            System.out.println(
                    "checkpoint  full size  persisted  end-to-end  per engine task: broadcast"
                            + " rules, keyed state, sync + async ms   rule admission state");
            for (int i = 0; i < checkpoints; i++) {
                long checkpoint = checkpoint(flink, id);
                System.out.println(
                        format(CheckpointFigures.read(completed(flink, id, checkpoint), job)));
            }
            flink.cancelJob(id).get();
        } finally {
            flink.close();
            FileUtils.deleteDirectory(checkpointDirectory.toFile());
        }
    }

    /**
     * The job's own configuration with checkpoints triggered by hand, 512 MB of managed memory for
     * RocksDB as the market pipeline load gives it, and the reporter that sees the engine's gauges.
     */
    private static Configuration flinkConfiguration(Path checkpointDirectory) {
        Configuration conf = TradeStreamJob.jobConfiguration(Duration.ofHours(1));
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(512));
        conf.set(
                CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDirectory.toUri().toString());
        ActiveRulesReporter.register(conf);
        return conf;
    }

    /** The production graph with production settings, but a quota that fits the synthetic users. */
    private static JobGraph jobGraph(Configuration conf, RuleLoadInputs inputs, int parallelism) {
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(conf);
        env.setParallelism(parallelism);
        GraphSettings settings =
                GraphSettings.from(
                        JobSettings.parse(
                                "--rules.max-per-user",
                                Integer.toString(SyntheticRules.RULES_PER_USER)));
        TradeStreamGraph.build(env, inputs, new DiscardingOutputs(), settings);
        return env.getStreamGraph().getJobGraph();
    }

    private static void awaitRulesLoaded(MiniCluster flink, JobID id, long rules, int tasks)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + LOAD_TIMEOUT.toNanos();
        long nextProgress = start + PROGRESS_EVERY.toNanos();
        while (System.nanoTime() < deadline) {
            List<Long> perTask = ActiveRulesReporter.perTask();
            if (perTask.size() == tasks && perTask.stream().allMatch(n -> n == rules)) {
                return;
            }
            if (System.nanoTime() > nextProgress) {
                System.err.printf(
                        Locale.ROOT,
                        "%.0f s: active rules per engine task %s%n",
                        (System.nanoTime() - start) / 1e9,
                        perTask);
                nextProgress += PROGRESS_EVERY.toNanos();
            }
            JobStatus status = flink.getJobStatus(id).get();
            if (status.isTerminalState()) {
                throw new IllegalStateException(
                        "the job ended while loading the rules: "
                                + flink.requestJobResult(id).get().getSerializedThrowable());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(
                "the engine tasks did not load " + rules + " rules in " + LOAD_TIMEOUT);
    }

    /** Waits until every task runs (the sentiment tasks load CoreNLP first) or has finished. */
    private static void awaitTasksStarted(MiniCluster flink, JobID id) throws Exception {
        long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean started = true;
            for (AccessExecutionVertex task :
                    flink.getExecutionGraph(id).get().getAllExecutionVertices()) {
                ExecutionState state = task.getExecutionState();
                started &= state == ExecutionState.RUNNING || state == ExecutionState.FINISHED;
            }
            if (started) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("the job's tasks did not all start in " + LOAD_TIMEOUT);
    }

    /**
     * Takes a checkpoint. The rules source, having sent every rule, waits for one checkpoint and
     * then finishes; a checkpoint that reaches it while it finishes is declined and tried again.
     */
    private static long checkpoint(MiniCluster flink, JobID id) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return flink.triggerCheckpoint(id, CheckpointType.CONFIGURED).get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof CheckpointException) || attempt == 10) {
                    throw e;
                }
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    /** The statistics of a checkpoint that completed; they can lag a moment behind it. */
    private static CompletedCheckpointStats completed(MiniCluster flink, JobID id, long checkpoint)
            throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            AbstractCheckpointStats stats =
                    flink.getExecutionGraph(id)
                            .get()
                            .getCheckpointStatsSnapshot()
                            .getHistory()
                            .getCheckpointById(checkpoint);
            if (stats instanceof CompletedCheckpointStats completed) {
                return completed;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("no statistics for checkpoint " + checkpoint);
    }

    private static String format(CheckpointFigures figures) {
        String tasks =
                figures.engineTasks().stream()
                        .map(
                                task ->
                                        String.format(
                                                Locale.ROOT,
                                                "%s, %s, %,d + %,d",
                                                megabytes(task.broadcastBytes()),
                                                megabytes(task.keyedBytes()),
                                                task.syncMillis(),
                                                task.asyncMillis()))
                        .collect(Collectors.joining(" | "));
        return String.format(
                Locale.ROOT,
                "%10d  %9s  %9s  %,7d ms  %s   %s",
                figures.id(),
                megabytes(figures.fullBytes()),
                megabytes(figures.persistedBytes()),
                figures.endToEndMillis(),
                tasks,
                megabytes(figures.ruleAdmissionBytes()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }

    private static long heapAfterFullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
