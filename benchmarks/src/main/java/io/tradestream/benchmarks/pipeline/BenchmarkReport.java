package io.tradestream.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The benchmark's results as a Markdown report, a CSV file and a plot. */
final class BenchmarkReport {
    private final Machine machine;
    private final BenchmarkOptions options;
    private final List<String> jobSettings;
    private final List<StepResult> results;

    BenchmarkReport(
            Machine machine,
            BenchmarkOptions options,
            List<String> jobSettings,
            List<StepResult> results) {
        this.machine = machine;
        this.options = options;
        this.jobSettings = jobSettings;
        this.results = results;
    }

    /** One line about a step, printed as it ends. */
    static String summary(StepResult step) {
        return String.format(
                Locale.ROOT,
                "%,d rules at %,.0f events/s (sent %,.0f/s): alert p50 / p99 / p99.9 %s ms,"
                        + " position %s ms, %d probes missing; busiest %s %.0f %%,"
                        + " back pressure %.0f %%, market source lag %,d ms; %s",
                step.rules(),
                step.offered(),
                step.achieved(),
                percentiles(step.alerts()),
                percentiles(step.positions()),
                step.missingProbes(),
                step.busiestTask(),
                step.busiestPercent(),
                step.maxBackPressurePercent(),
                step.marketSourceLagMillis(),
                step.sustained() ? "sustained" : "NOT sustained");
    }

    /** The latency and throughput table, in Markdown. */
    String table() {
        StringBuilder table = new StringBuilder();
        table.append(
                "| rules | offered events/s | sent events/s | alert row p50 / p99 / p99.9 ms"
                        + " | position row p50 / p99 / p99.9 ms | probes | job's median / p99 ms"
                        + " (its alerts, to the sink) | busiest task | max back pressure"
                        + " | sustained |\n");
        table.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |\n");
        for (StepResult step : results) {
            table.append(
                    String.format(
                            Locale.ROOT,
                            "| %,d | %,.0f | %,.0f | %s | %s | %d%s | %s / %s | %s (%.0f %%) |"
                                    + " %.0f %% | %s |\n",
                            step.rules(),
                            step.offered(),
                            step.achieved(),
                            percentiles(step.alerts()),
                            percentiles(step.positions()),
                            step.alerts().count(),
                            step.missingProbes() == 0
                                    ? ""
                                    : " (" + step.missingProbes() + " missing)",
                            millis(step.jobAlertMedianMillis()),
                            millis(step.jobAlertP99Millis()),
                            step.busiestTask(),
                            step.busiestPercent(),
                            step.maxBackPressurePercent(),
                            step.sustained() ? "yes" : "no"));
        }
        return table.toString();
    }

    /** "p50 / p99 / p99.9" of latencies, in milliseconds. */
    private static String percentiles(LatencySamples samples) {
        return millis(samples.percentile(50))
                + " / "
                + millis(samples.percentile(99))
                + " / "
                + millis(samples.percentile(99.9));
    }

    /** Checkpoints and, per process, CPU (% of one core) and peak resident memory, per step. */
    String resourcesTable() {
        Set<String> processes = new LinkedHashSet<>();
        results.forEach(step -> processes.addAll(step.processes().keySet()));
        StringBuilder table =
                new StringBuilder(
                        "| rules | offered events/s | checkpoints: longest,"
                                + " full size, largest increment |");
        for (String process : processes) {
            table.append(" ").append(process).append(" CPU, RSS |");
        }
        table.append("\n| ---: | ---: | ---: |").append(" ---: |".repeat(processes.size()));
        table.append("\n");
        for (StepResult step : results) {
            table.append(
                    String.format(
                            Locale.ROOT,
                            "| %,d | %,.0f | %s |",
                            step.rules(),
                            step.offered(),
                            step.checkpoints().isEmpty()
                                    ? "none"
                                    : String.format(
                                            Locale.ROOT,
                                            "%.1f s, %s, %s",
                                            step.maxCheckpointMillis() / 1000.0,
                                            megabytes(step.lastCheckpointFullBytes()),
                                            megabytes(step.maxCheckpointPersistedBytes()))));
            for (String process : processes) {
                ProcessUsage.Usage usage = step.processes().get(process);
                table.append(
                        usage == null || usage.cpuPercent() < 0
                                ? " n/a |"
                                : String.format(
                                        Locale.ROOT,
                                        " %.0f %%, %s |",
                                        usage.cpuPercent(),
                                        megabytes(usage.peakRssBytes())));
            }
            table.append("\n");
        }
        return table.toString();
    }

    private static final String PROFILED =
            """
            Java Flight Recorder samples of the TaskManager during each step, by what the
            sampled thread was doing (the recordings are in `profiles/`). The recording ran
            through the steps, so their latencies include its cost.

            """;

    /** Where the TaskManager's CPU went in each step, by category, in percent of its samples. */
    String profileTable() {
        List<String> categories = new ArrayList<>(CpuProfile.CATEGORIES.keySet());
        categories.add(CpuProfile.OTHER);
        StringBuilder table = new StringBuilder("| rules | offered events/s | TaskManager CPU |");
        categories.forEach(category -> table.append(' ').append(category).append(" |"));
        table.append("\n| ---: | ---: | ---: |").append(" ---: |".repeat(categories.size()));
        table.append('\n');
        for (StepResult step : results) {
            ProcessUsage.Usage taskManager = step.processes().get("flink-taskmanager");
            table.append(
                    String.format(
                            Locale.ROOT,
                            "| %,d | %,.0f | %s |",
                            step.rules(),
                            step.offered(),
                            taskManager == null || taskManager.cpuPercent() < 0
                                    ? "n/a"
                                    : String.format(
                                            Locale.ROOT, "%.0f %%", taskManager.cpuPercent())));
            Map<String, Double> shares = step.taskManagerProfile().percentByCategory();
            for (String category : categories) {
                table.append(
                        String.format(
                                Locale.ROOT, " %.0f %% |", shares.getOrDefault(category, 0.0)));
            }
            table.append('\n');
        }
        return table.toString();
    }

    /**
     * Writes {@code report.md}, {@code results.csv}, {@code timeline.csv} and {@code
     * latency-vs-rate.png} to {@code dir}.
     */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), markdown());
        Files.writeString(dir.resolve("results.csv"), csv());
        Files.writeString(dir.resolve("timeline.csv"), timeline());
        LatencyPlot.write(results, dir.resolve("latency-vs-rate.png"));
    }

    private String markdown() {
        return String.format(
                Locale.ROOT,
                """
                # TradeStream pipeline benchmark: preset %s

                - Machine: %s, %d cores, %s of memory; %s; %s
                - Source: %s; run at %s
                - Job: parallelism %d, settings %s%s
                - Load: %,d symbols; %.0f probe trades/s and %.0f tweets/s on top of the market;
                  a warm-up of %d-%d s per phase (until the job keeps up and the JIT compilers
                  have settled), %d s per step

                ## Latency and throughput

                Latency from a probe trade entering Kafka to its row being visible in Cassandra
                (polled every %d ms). The job's own figures run from the market or tweet record
                entering Kafka to the Cassandra sink, over the last 10,000 alerts of each task,
                sentiment alerts included (they wait for their minute to be published).

                %s
                ## Checkpoints and processes

                CPU in percent of one core, peak resident memory.

                %s
                ## Where the TaskManager's CPU goes

                %s\
                """,
                options.preset().name(),
                machine.cpu(),
                machine.cores(),
                megabytes(machine.memoryBytes()),
                machine.os(),
                machine.java(),
                machine.revision(),
                machine.at(),
                options.parallelism(),
                String.join(" ", withoutAddresses(jobSettings)),
                ", Flink "
                        + String.join(
                                " ",
                                concat(options.preset().flinkOptions(), options.flinkOptions())),
                PipelineBenchmark.SYMBOLS,
                options.preset().probesPerSecond(),
                options.preset().tweetsPerSecond(),
                options.preset().warmUp().toSeconds(),
                options.preset().warmUpLimit().toSeconds(),
                options.preset().step().toSeconds(),
                ProbeWatcher.POLL_MILLIS,
                table(),
                resourcesTable(),
                options.profile()
                        ? PROFILED + profileTable()
                        : "Not recorded: run with `--profile` to see it.\n");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** The settings a reader can reuse: not the ports, topics and ids of this run. */
    private static List<String> withoutAddresses(List<String> settings) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i + 1 < settings.size(); i += 2) {
            String name = settings.get(i);
            if (!name.startsWith("--kafka.")
                    && !name.startsWith("--cassandra.")
                    && !name.startsWith("--topic.")) {
                kept.add(name);
                kept.add(settings.get(i + 1));
            }
        }
        return kept.isEmpty() ? List.of("(defaults)") : kept;
    }

    private String csv() {
        StringBuilder csv =
                new StringBuilder(
                        "rules,offered_per_s,sent_per_s,probes,missing_probes,alert_p50_ms,"
                            + "alert_p99_ms,alert_p999_ms,position_p50_ms,position_p99_ms,"
                            + "position_p999_ms,job_alert_median_ms,job_alert_p99_ms,busiest_task,busiest_pct,"
                            + "max_back_pressure_pct,market_source_lag_ms,checkpoint_max_ms,"
                            + "checkpoint_full_bytes,checkpoint_increment_bytes,sustained");
        Set<String> processes = new LinkedHashSet<>();
        results.forEach(step -> processes.addAll(step.processes().keySet()));
        for (String process : processes) {
            String column = process.replaceAll("[^a-zA-Z0-9]+", "_");
            csv.append(',').append(column).append("_cpu_pct,").append(column).append("_rss_bytes");
        }
        csv.append('\n');
        for (StepResult step : results) {
            csv.append(
                    String.format(
                            Locale.ROOT,
                            "%d,%.0f,%.1f,%d,%d,%s,%s,%s,%s,%s,%s,%s,%s,\"%s\",%.1f,%.1f,%d,%d,%d,%d,%b",
                            step.rules(),
                            step.offered(),
                            step.achieved(),
                            step.alerts().count(),
                            step.missingProbes(),
                            step.alerts().percentile(50),
                            step.alerts().percentile(99),
                            step.alerts().percentile(99.9),
                            step.positions().percentile(50),
                            step.positions().percentile(99),
                            step.positions().percentile(99.9),
                            step.jobAlertMedianMillis(),
                            step.jobAlertP99Millis(),
                            step.busiestTask(),
                            step.busiestPercent(),
                            step.maxBackPressurePercent(),
                            step.marketSourceLagMillis(),
                            step.maxCheckpointMillis(),
                            step.lastCheckpointFullBytes(),
                            step.maxCheckpointPersistedBytes(),
                            step.sustained()));
            for (String process : processes) {
                ProcessUsage.Usage usage =
                        step.processes().getOrDefault(process, new ProcessUsage.Usage(-1, -1));
                csv.append(
                        String.format(
                                Locale.ROOT, ",%.1f,%d", usage.cpuPercent(), usage.peakRssBytes()));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * Every probe and every checkpoint of the steps by time, to see what the slow probes ran into:
     * a probe's row has its latencies, a checkpoint's its duration.
     */
    private String timeline() {
        StringBuilder csv =
                new StringBuilder(
                        "rules,offered_per_s,time,event,alert_ms,position_ms,duration_ms\n");
        for (StepResult step : results) {
            for (ProbeWatcher.ProbeLatency probe : step.probeTimeline()) {
                timelineRow(
                        csv,
                        step,
                        probe.sentAtMillis(),
                        "probe",
                        probe.alertMillis() + "," + probe.positionMillis() + ",");
            }
            for (JobWatch.Checkpoint checkpoint : step.checkpoints()) {
                timelineRow(
                        csv,
                        step,
                        checkpoint.triggeredAtMillis(),
                        "checkpoint " + checkpoint.id(),
                        ",," + checkpoint.durationMillis());
            }
        }
        return csv.toString();
    }

    /** One row of {@code timeline.csv}: {@code columns} are its last three, comma-separated. */
    private static void timelineRow(
            StringBuilder csv, StepResult step, long epochMillis, String event, String columns) {
        csv.append(
                String.format(
                        Locale.ROOT,
                        "%d,%.0f,%s,%s,%s\n",
                        step.rules(),
                        step.offered(),
                        Instant.ofEpochMilli(epochMillis),
                        event,
                        columns));
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }
}
