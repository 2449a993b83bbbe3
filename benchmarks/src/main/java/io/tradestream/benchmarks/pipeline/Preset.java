package io.tradestream.benchmarks.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's workload: phases of a number of users (one rule each, from {@code SyntheticRules})
 * and the market rates offered to them in turn, each for {@link #step}, after a warm-up at the
 * phase's first rate.
 *
 * @param warmUp how long a phase warms up at least
 * @param warmUpLimit how long it warms up at most, waiting for the job to keep up and the JIT
 *     compilers to settle
 * @param probesPerSecond probe trades per second on top of the market (see {@link Probes})
 * @param tweetsPerSecond tweets per second on top of the market
 * @param jobSettings the job settings the benchmark runs with ({@code --name value} pairs)
 * @param flinkOptions the Flink configuration it runs with ({@code -Dkey=value})
 */
record Preset(
        String name,
        List<Phase> phases,
        Duration warmUp,
        Duration warmUpLimit,
        Duration step,
        double probesPerSecond,
        double tweetsPerSecond,
        List<String> jobSettings,
        List<String> flinkOptions) {

    /**
     * Settings for latency, as a live deployment fed in order would use: the feed publishes each
     * symbol's events in time order, so its watermarks need no out-of-orderness bound (each
     * millisecond of bound is a millisecond every alert waits); watermarks every 20 ms and network
     * buffers flushed after at most 5 ms instead of Flink's 200 ms and 100 ms; and checkpoint
     * barriers that overtake records when aligning them takes over 100 ms (unaligned checkpoints),
     * since an aligned barrier stops the busy inputs of the rule engine for seconds.
     */
    static final List<String> LOW_LATENCY_SETTINGS = List.of("--watermark.out-of-orderness", "0s");

    static final List<String> LOW_LATENCY_FLINK =
            List.of(
                    "-Dpipeline.auto-watermark-interval=20ms",
                    "-Dexecution.buffer-timeout.interval=5ms",
                    "-Dexecution.checkpointing.unaligned.enabled=true",
                    "-Dexecution.checkpointing.aligned-checkpoint-timeout=100ms");

    /**
     * @param users users with one rule each; a later phase adds users to the earlier ones
     */
    record Phase(long users, List<Double> eventsPerSecond) {}

    /** Minutes: a smoke test of the whole harness (CI runs it), not a measurement. */
    static final Preset SHORT =
            new Preset(
                    "short",
                    List.of(new Phase(2_000, List.of(2_000.0, 5_000.0))),
                    Duration.ofSeconds(15),
                    Duration.ofSeconds(75),
                    Duration.ofSeconds(20),
                    20,
                    5,
                    LOW_LATENCY_SETTINGS,
                    LOW_LATENCY_FLINK);

    /**
     * About half an hour: 100,000 users over rates from 5,000 to 60,000 market events/s, then
     * 1,000,000 users at 20,000 and 40,000.
     */
    static final Preset FULL =
            new Preset(
                    "full",
                    List.of(
                            new Phase(
                                    100_000,
                                    List.of(
                                            5_000.0, 10_000.0, 20_000.0, 30_000.0, 40_000.0,
                                            50_000.0, 60_000.0)),
                            new Phase(1_000_000, List.of(20_000.0, 40_000.0))),
                    Duration.ofSeconds(60),
                    Duration.ofMinutes(4),
                    Duration.ofSeconds(60),
                    50,
                    20,
                    LOW_LATENCY_SETTINGS,
                    LOW_LATENCY_FLINK);

    Preset withTweetsPerSecond(double perSecond) {
        return new Preset(
                name,
                phases,
                warmUp,
                warmUpLimit,
                step,
                probesPerSecond,
                perSecond,
                jobSettings,
                flinkOptions);
    }

    /**
     * The same workload, warming up for at most {@code limit} (a limit below the preset's least
     * warm-up shortens that too).
     */
    Preset withWarmUpLimit(Duration limit) {
        return new Preset(
                name,
                phases,
                warmUp.compareTo(limit) < 0 ? warmUp : limit,
                limit,
                step,
                probesPerSecond,
                tweetsPerSecond,
                jobSettings,
                flinkOptions);
    }

    /** The same workload without the phases after the first {@code count}. */
    Preset withFirstPhases(int count) {
        if (count < 1 || count > phases.size()) {
            throw new IllegalArgumentException(
                    "the " + name + " preset has " + phases.size() + " phase(s), not " + count);
        }
        return new Preset(
                name,
                phases.subList(0, count),
                warmUp,
                warmUpLimit,
                step,
                probesPerSecond,
                tweetsPerSecond,
                jobSettings,
                flinkOptions);
    }

    static Preset named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "short" -> SHORT;
            case "full" -> FULL;
            default ->
                    throw new IllegalArgumentException(
                            "unknown preset '" + name + "': short or full");
        };
    }
}
