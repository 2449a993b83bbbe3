package io.tradestream.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time and resident memory of named processes over an interval, from Linux's {@code /proc}
 * (nothing elsewhere). CPU is in percent of one core, so two busy cores show as 200 %.
 */
final class ProcessUsage {
    /** A process's CPU over the interval and the most memory it held at a sample. */
    record Usage(double cpuPercent, long peakRssBytes) {}

    /** Linux's {@code USER_HZ}: the unit of {@code /proc/<pid>/stat}'s times on every platform. */
    static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> pids;
    private final Map<String, Long> ticksAtStart = new LinkedHashMap<>();
    private final Map<String, Long> peakRss = new LinkedHashMap<>();
    private long startNanos;

    /**
     * @param pids the processes to measure, by the name the report gives them
     */
    ProcessUsage(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** The pid of the process the report calls {@code name}. */
    long pid(String name) {
        Long pid = pids.get(name);
        if (pid == null) {
            throw new IllegalStateException("no process named " + name + " among " + pids.keySet());
        }
        return pid;
    }

    /** The pids of every process measured. */
    Collection<Long> pids() {
        return pids.values();
    }

    void start() {
        startNanos = System.nanoTime();
        ticksAtStart.clear();
        peakRss.clear();
        pids.forEach((name, pid) -> ticksAtStart.put(name, cpuTicks(pid)));
        sample();
    }

    /** Takes a memory sample of each process. */
    void sample() {
        pids.forEach((name, pid) -> peakRss.merge(name, rssBytes(pid), Math::max));
    }

    /** Each process's usage since {@link #start}; -1 where {@code /proc} could not tell. */
    Map<String, Usage> stop() {
        sample();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Usage> usage = new LinkedHashMap<>();
        pids.forEach(
                (name, pid) -> {
                    long before = ticksAtStart.getOrDefault(name, -1L);
                    long after = cpuTicks(pid);
                    double cpu =
                            before < 0 || after < 0
                                    ? -1
                                    : (after - before) / TICKS_PER_SECOND / seconds * 100;
                    usage.put(name, new Usage(cpu, peakRss.getOrDefault(name, -1L)));
                });
        return usage;
    }

    private static long cpuTicks(long pid) {
        return cpuTicks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /**
     * User plus system time from a process's or thread's {@code stat} file, fields 14 and 15
     * (counted after the name); -1 if it cannot be read.
     */
    static long cpuTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException unavailable) {
            return -1;
        }
    }

    private static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            // below
        }
        return -1;
    }
}
