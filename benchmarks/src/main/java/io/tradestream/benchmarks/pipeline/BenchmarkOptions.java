package io.tradestream.benchmarks.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's command line.
 *
 * @param jobSettings extra job settings as {@code --name value} pairs, after the benchmark's own
 * @param flinkOptions Flink configuration for the job, as {@code -Dkey=value} options of {@code
 *     flink run}
 * @param stackHome the home of a running local stack to use, or null to start one
 * @param profile whether to record the TaskManager with Java Flight Recorder and report where its
 *     CPU went
 */
record BenchmarkOptions(
        Preset preset,
        Path out,
        Path stackHome,
        int parallelism,
        boolean profile,
        List<String> jobSettings,
        List<String> flinkOptions) {

    static final String USAGE =
            """
            Usage: ./tradestream benchmark [options]
              --preset short|full   the workload (default short, a few minutes; full up to about 40)
              --out DIR             where the report, CSV and plot go
                                    (default benchmarks/target/pipeline-benchmark)
              --stack HOME          use the running local stack in HOME instead of starting one
                                    on free ports in DIR/stack
              --parallelism N       the job's parallelism (default 2)
              --tweets N            tweets per second instead of the preset's
              --phases N            only the preset's first N phases
              --warm-up-limit S     warm up each phase for at most S seconds (short 75, full 240)
                                    until the job keeps up and the JIT compilers have settled
              --profile             record the TaskManager with Java Flight Recorder and report
                                    where its CPU goes (it costs CPU: latencies come out higher)
              --job NAME=VALUE      a job setting, e.g. --job watermark.out-of-orderness=0s
              --flink KEY=VALUE     Flink configuration for the job, e.g.
                                    --flink execution.buffer-timeout.interval=10ms
            """;

    static BenchmarkOptions parse(Path repository, String... args) {
        Preset preset = Preset.SHORT;
        Path out = repository.resolve("benchmarks/target/pipeline-benchmark");
        Path stackHome = null;
        Double tweetsPerSecond = null;
        Integer phases = null;
        int parallelism = 2;
        boolean profile = false;
        Duration warmUpLimit = null;
        List<String> jobSettings = new ArrayList<>();
        List<String> flinkOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--profile")) {
                profile = true;
                continue;
            }
            if (++i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[i];
            switch (option) {
                case "--preset" -> preset = Preset.named(value);
                case "--out" -> out = Path.of(value).toAbsolutePath();
                case "--stack" -> stackHome = Path.of(value).toAbsolutePath();
                case "--parallelism" -> parallelism = Integer.parseInt(value);
                case "--tweets" -> tweetsPerSecond = Double.parseDouble(value);
                case "--phases" -> phases = Integer.parseInt(value);
                case "--warm-up-limit" -> warmUpLimit = Duration.ofSeconds(Long.parseLong(value));
                case "--job" -> {
                    String[] setting = pair(option, value);
                    jobSettings.addAll(List.of("--" + setting[0], setting[1]));
                }
                case "--flink" -> flinkOptions.add("-D" + String.join("=", pair(option, value)));
                default ->
                        throw new IllegalArgumentException(
                                "unknown option " + option + "\n" + USAGE);
            }
        }
        if (tweetsPerSecond != null) {
            preset = preset.withTweetsPerSecond(tweetsPerSecond);
        }
        if (phases != null) {
            preset = preset.withFirstPhases(phases);
        }
        if (warmUpLimit != null) {
            preset = preset.withWarmUpLimit(warmUpLimit);
        }
        return new BenchmarkOptions(
                preset, out, stackHome, parallelism, profile, jobSettings, flinkOptions);
    }

    private static String[] pair(String option, String value) {
        String[] pair = value.split("=", 2);
        if (pair.length != 2 || pair[0].isBlank()) {
            throw new IllegalArgumentException(option + " takes NAME=VALUE, got '" + value + "'");
        }
        return pair;
    }
}
