package io.tradestream.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Whether the JIT compilers of the measured processes have settled: their compiler threads ({@code
 * C1 CompilerThread…}, {@code C2 CompilerThread…}) together used less than {@link #SETTLED_PERCENT}
 * of a core over the last {@link #WINDOW_MILLIS}, read from Linux's {@code /proc}. Until then every
 * JVM is still turning its hot code into machine code, which on a small machine takes minutes of
 * CPU from the pipeline under load (on two cores, a quarter to a third of them for the first two to
 * three minutes), and latencies measured meanwhile are the warm-up's.
 */
final class CompilerActivity implements BooleanSupplier {
    static final double SETTLED_PERCENT = 10;
    private static final long WINDOW_MILLIS = 10_000;

    private final Collection<Long> pids;
    private long windowStartMillis;
    private long ticksAtWindowStart;
    private double lastPercent = -1;

    /**
     * @param pids the processes whose compilers to watch
     */
    CompilerActivity(Collection<Long> pids) {
        this.pids = pids;
        windowStartMillis = System.currentTimeMillis();
        ticksAtWindowStart = compilerTicks();
    }

    @Override
    public boolean getAsBoolean() {
        long now = System.currentTimeMillis();
        if (now - windowStartMillis >= WINDOW_MILLIS) {
            long ticks = compilerTicks();
            lastPercent =
                    (ticks - ticksAtWindowStart)
                            / ProcessUsage.TICKS_PER_SECOND
                            / ((now - windowStartMillis) / 1000.0)
                            * 100;
            windowStartMillis = now;
            ticksAtWindowStart = ticks;
        }
        return lastPercent >= 0 && lastPercent < SETTLED_PERCENT;
    }

    /** The compilers' CPU over the last full window, in percent of a core; -1 before one. */
    double lastPercent() {
        return lastPercent;
    }

    private long compilerTicks() {
        return pids.stream().mapToLong(CompilerActivity::compilerTicks).sum();
    }

    /** User plus system time of a process's compiler threads, 0 if {@code /proc} cannot tell. */
    private static long compilerTicks(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.mapToLong(CompilerActivity::ticksIfCompiler).sum();
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    private static long ticksIfCompiler(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm")).strip();
            return name.matches("C[12] CompilerThre.*")
                    ? Math.max(0, ProcessUsage.cpuTicks(thread.resolve("stat")))
                    : 0;
        } catch (IOException gone) {
            // a thread that ended meanwhile
            return 0;
        }
    }
}
