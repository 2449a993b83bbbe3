package io.tradestream.benchmarks.pipeline;

import com.datastax.oss.driver.api.core.CqlSession;
import io.tradestream.benchmarks.SyntheticRules;
import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.schema.Replication;
import io.tradestream.schema.SchemaMigrator;
import io.tradestream.stack.Component;
import io.tradestream.stack.ComponentStatus;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.PortPlan;
import io.tradestream.stack.Repository;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.flink.util.FileUtils;

/**
 * The end-to-end benchmark: the TradeStream job on a Flink session cluster between a real Kafka
 * broker and a real Cassandra server, all on this machine. It loads users' rules through the rules
 * topic, offers the synthetic market (3,200 symbols), probe trades and tweets at fixed rates, and
 * measures per probe the time from entering Kafka to its alert and position rows being visible in
 * Cassandra, with the job's back pressure, its market source's lag, checkpoints, and each process's
 * CPU and memory. It prints a table and writes {@code report.md}, {@code results.csv} and {@code
 * latency-vs-rate.png} to its output folder.
 *
 * <p>{@link #main} starts a stack of its own on free ports (its home in the output folder) and
 * stops it at the end; {@link #run} uses any running stack, as the integration test does.
 */
public final class PipelineBenchmark {
    static final String KEYSPACE = "benchmark";
    static final int SYMBOLS = 3_200;
    static final long MARKET_SEED = 7;
    private static final long RULE_SEED = 17;
    private static final int TWEETED_SYMBOLS = 50;
    private static final String TASKMANAGER = "flink-taskmanager";
    private static final Duration PROBE_GRACE = Duration.ofSeconds(30);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private static final Duration RULES_TIMEOUT = Duration.ofMinutes(45);

    /** Two steps in a row that the job could not sustain end a phase: higher rates would not be. */
    private static final int UNSUSTAINED_STEPS_TO_STOP = 2;

    private final LocalStack stack;
    private final BenchmarkOptions options;
    private final Path repository;
    private final PrintStream out;

    public PipelineBenchmark(
            LocalStack stack, BenchmarkOptions options, Path repository, PrintStream out) {
        this.stack = stack;
        this.options = options;
        this.repository = repository;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && List.of("--help", "-h").contains(args[0])) {
            System.out.print(BenchmarkOptions.USAGE);
            return;
        }
        Path repository = Repository.locate().root();
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(repository, args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.stackHome() != null) {
            LocalStack running =
                    LocalStack.attach(options.stackHome())
                            .filter(LocalStack::isRunning)
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "no local stack runs in "
                                                            + options.stackHome()));
            new PipelineBenchmark(running, options, repository, System.out).run();
            return;
        }
        Path home = options.out().resolve("stack");
        FileUtils.deleteDirectory(home.toFile());
        Files.createDirectories(home);
        LocalStack stack =
                LocalStack.builder()
                        .home(home)
                        .ports(PortPlan.ephemeral())
                        .components(EnumSet.allOf(Component.class))
                        .build();
        System.out.println("Starting Kafka, Cassandra and a Flink session cluster in " + home);
        // Stops the servers on Ctrl-C too; stopping twice is harmless.
        Thread stopStack = new Thread(stack::stop, "stop-local-stack");
        Runtime.getRuntime().addShutdownHook(stopStack);
        try {
            stack.start();
            new PipelineBenchmark(stack, options, repository, System.out).run();
        } finally {
            stack.stop();
            Runtime.getRuntime().removeShutdownHook(stopStack);
        }
    }

    /** Runs the preset against the stack and writes the report; returns every step's result. */
    public List<StepResult> run() throws Exception {
        Machine machine = Machine.describe(repository);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        BenchmarkTopics topics = new BenchmarkTopics("benchmark-" + runId);
        stack.kafka().createTopics(topics.partitionsByTopic());
        MarketFeedConfig market =
                MarketFeedConfig.builder().symbols(SYMBOLS).seed(MARKET_SEED).build();
        List<StepResult> results = new ArrayList<>();
        try (CqlSession session = cqlSession()) {
            new SchemaMigrator(session).migrate(KEYSPACE, Replication.simple(1));
            List<String> jobSettings = jobSettings(topics, runId);
            String jobId = submit(jobSettings);
            out.println("Job " + jobId + " submitted with " + String.join(" ", jobSettings));
            stack.flink().rest().awaitJobState(jobId, "RUNNING", Duration.ofMinutes(2));
            JobWatch job = new JobWatch(stack.flink().rest(), jobId);
            try (ProbeWatcher watcher = new ProbeWatcher(session, KEYSPACE);
                    MarketLoad load =
                            new MarketLoad(
                                    stack.kafka().bootstrapServers(),
                                    topics,
                                    market,
                                    watcher,
                                    busiestSymbols(market))) {
                runPhases(job, load, watcher, market, topics, results);
            } finally {
                stack.flink().cli().cancel(jobId);
            }
            BenchmarkReport report = new BenchmarkReport(machine, options, jobSettings, results);
            out.println();
            out.println(report.table());
            report.write(options.out());
            out.println("Report, CSV and plot in " + options.out());
        }
        return results;
    }

    private void runPhases(
            JobWatch job,
            MarketLoad load,
            ProbeWatcher watcher,
            MarketFeedConfig market,
            BenchmarkTopics topics,
            List<StepResult> results)
            throws InterruptedException, IOException {
        Preset preset = options.preset();
        ProcessUsage usage = new ProcessUsage(processes());
        SyntheticRules rules =
                new SyntheticRules(
                        market.toBuilder().tradesPerSecond(2_000).quotesPerSecond(0).build(),
                        RULE_SEED,
                        1);
        for (String probeRule : Probes.rules()) {
            load.send(topics.rules(), Probes.USER, probeRule);
        }
        // Started before the rules and the warm-up, which absorb the recompilation it causes.
        CpuProfile profile = options.profile() ? new CpuProfile(usage.pid(TASKMANAGER)) : null;
        try {
            long users = 0;
            for (Preset.Phase phase : preset.phases()) {
                users = loadRules(job, load, rules, topics, users, phase.users());
                warmUp(job, load, usage, phase.eventsPerSecond().get(0));
                int unsustained = 0;
                for (double rate : phase.eventsPerSecond()) {
                    StepResult result = step(job, load, watcher, usage, profile, users, rate);
                    results.add(result);
                    out.println(BenchmarkReport.summary(result));
                    unsustained = result.sustained() ? 0 : unsustained + 1;
                    if (unsustained == UNSUSTAINED_STEPS_TO_STOP) {
                        out.println("Two steps in a row were not sustained: the phase ends here.");
                        break;
                    }
                }
            }
        } finally {
            if (profile != null) {
                profile.close();
            }
        }
    }

    /**
     * Offers the phase's first rate for the preset's warm-up, then on until the market source keeps
     * up (a job just started or just given many rules first works off what piled up meanwhile) and
     * the JIT compilers of every process have settled, up to the preset's warm-up limit: steps
     * measure a job that has caught up, running compiled code.
     */
    private void warmUp(JobWatch job, MarketLoad load, ProcessUsage usage, double rate) {
        Preset preset = options.preset();
        out.printf(
                Locale.ROOT,
                "Warming up for %d s at %,.0f events/s, then until the market source keeps up and"
                        + " the JIT compilers have settled (at most %d s in all)%n",
                preset.warmUp().toSeconds(),
                rate,
                preset.warmUpLimit().toSeconds());
        long start = System.nanoTime();
        CompilerActivity compilers = new CompilerActivity(usage.pids());
        load.offer(
                rate,
                preset.probesPerSecond(),
                preset.tweetsPerSecond(),
                preset.warmUp(),
                false,
                () -> false);
        SourceCaughtUp caughtUp = new SourceCaughtUp(job);
        // Both are asked each time (no short circuit), so that each reports its latest reading.
        BooleanSupplier warm = () -> caughtUp.getAsBoolean() & compilers.getAsBoolean();
        load.offer(
                rate,
                preset.probesPerSecond(),
                preset.tweetsPerSecond(),
                preset.warmUpLimit().minus(preset.warmUp()),
                false,
                warm);
        boolean ready = warm.getAsBoolean();
        out.printf(
                Locale.ROOT,
                "Warmed up in %.0f s; the market source emits records %,d ms after their event"
                        + " time, the JIT compilers use %.0f %% of a core%s%n",
                (System.nanoTime() - start) / 1e9,
                caughtUp.lastLagMillis(),
                compilers.lastPercent(),
                ready ? "" : " (not settled: measuring anyway)");
    }

    private StepResult step(
            JobWatch job,
            MarketLoad load,
            ProbeWatcher watcher,
            ProcessUsage usage,
            CpuProfile profile,
            long users,
            double rate)
            throws InterruptedException, IOException {
        Preset preset = options.preset();
        Instant start = Instant.now();
        StepMonitor monitor = new StepMonitor(job, usage);
        MarketLoad.Sent sent =
                load.offer(
                        rate,
                        preset.probesPerSecond(),
                        preset.tweetsPerSecond(),
                        preset.step(),
                        true,
                        () -> false);
        StepMonitor.Observed observed = monitor.stop();
        CpuProfile.Summary cpu =
                profile == null
                        ? CpuProfile.Summary.NONE
                        : profile.window(
                                start,
                                Instant.now(),
                                options.out()
                                        .resolve("profiles")
                                        .resolve(
                                                String.format(
                                                        Locale.ROOT,
                                                        "taskmanager-%d-rules-%.0f-per-s.jfr",
                                                        users,
                                                        rate)));
        // The last probes need later events to move event time past them: the market goes on,
        // unmeasured, until they show.
        load.offer(
                rate,
                preset.probesPerSecond(),
                preset.tweetsPerSecond(),
                PROBE_GRACE,
                false,
                watcher::caughtUp);
        ProbeWatcher.Seen seen = watcher.collect();
        double jobMedian = job.jobLatency("Alerts to rows", "median").orElse(Double.NaN);
        double jobP99 = job.jobLatency("Alerts to rows", "p99").orElse(Double.NaN);
        StepResult result =
                new StepResult(
                        users + Probes.RULES,
                        rate,
                        sent.marketEventsPerSecond(),
                        seen.alerts(),
                        seen.positions(),
                        seen.timeline(),
                        seen.missing(),
                        jobMedian,
                        jobP99,
                        observed.busiestTask(),
                        observed.busiestPercent(),
                        observed.maxBackPressurePercent(),
                        observed.lastMarketSourceLagMillis(),
                        observed.checkpoints(),
                        observed.processes(),
                        cpu);
        if (!result.sustained()) {
            drain(job);
        }
        return result;
    }

    /**
     * Sends the rules of users {@code from} to {@code to} and waits until every engine holds them.
     */
    private long loadRules(
            JobWatch job,
            MarketLoad load,
            SyntheticRules rules,
            BenchmarkTopics topics,
            long from,
            long to)
            throws InterruptedException {
        long start = System.nanoTime();
        for (long user = from; user < to; user++) {
            load.send(topics.rules(), "user-" + user, rules.next());
        }
        load.flush();
        long expected = to + Probes.RULES;
        out.printf(
                Locale.ROOT,
                "Sent the rules of %,d users; waiting for the job to hold them%n",
                to - from);
        long deadline = System.nanoTime() + RULES_TIMEOUT.toNanos();
        long held;
        while ((held = job.activeRules()) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "after "
                                + RULES_TIMEOUT
                                + " the engine holds "
                                + held
                                + " of "
                                + expected
                                + " rules");
            }
            Thread.sleep(5_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(
                Locale.ROOT,
                "The engine holds %,d rules (%,d users' added in %.0f s, %,.0f rules/s)%n",
                held,
                to - from,
                seconds,
                (to - from) / seconds);
        return to;
    }

    /**
     * Waits until the job's sources have caught up with what was sent, after a step they did not.
     */
    private void drain(JobWatch job) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        // The REST API's metrics can be a fetch interval old: wait for one fresh reading.
        Thread.sleep(StepMonitor.INTERVAL_SECONDS * 1_000L);
        while (job.pendingRecords() > 1_000 && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
        }
    }

    private List<String> jobSettings(BenchmarkTopics topics, String runId) {
        List<String> settings = new ArrayList<>();
        settings.addAll(
                List.of(
                        "--kafka.bootstrap-servers",
                        stack.kafka().bootstrapServers(),
                        "--kafka.group-id",
                        "benchmark-" + runId,
                        "--kafka.transactional-id-prefix",
                        "benchmark-" + runId,
                        "--cassandra.host",
                        stack.cassandra().host(),
                        "--cassandra.port",
                        Integer.toString(stack.cassandra().nativePort()),
                        "--cassandra.keyspace",
                        KEYSPACE));
        settings.addAll(topics.jobSettings());
        settings.addAll(options.preset().jobSettings());
        settings.addAll(options.jobSettings());
        return settings;
    }

    private String submit(List<String> jobSettings) {
        List<String> runOptions =
                new ArrayList<>(List.of("--parallelism", Integer.toString(options.parallelism())));
        runOptions.addAll(options.preset().flinkOptions());
        runOptions.addAll(options.flinkOptions());
        return stack.flink()
                .cli()
                .run(
                        runOptions,
                        repository.resolve("jobs/target/tradestream-job.jar"),
                        jobSettings);
    }

    private CqlSession cqlSession() {
        return CqlSession.builder()
                .addContactPoint(stack.cassandra().contactPoint())
                .withLocalDatacenter(stack.cassandra().localDatacenter())
                .build();
    }

    /** The stack's processes and this one, by name. */
    private Map<String, Long> processes() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (ComponentStatus component : stack.status().components()) {
            pids.putAll(component.pids());
        }
        pids.put("load generator", ProcessHandle.current().pid());
        return pids;
    }

    /**
     * The symbols the tweets talk about: the first the market trades, which are among its busiest
     * (activity is Zipf-distributed).
     */
    private static List<String> busiestSymbols(MarketFeedConfig market) {
        Set<String> symbols = new LinkedHashSet<>();
        SyntheticMarket events = new SyntheticMarket(market.toBuilder().quotesPerSecond(0).build());
        while (symbols.size() < TWEETED_SYMBOLS) {
            symbols.add(events.next().symbol());
        }
        return new ArrayList<>(symbols);
    }
}
