package io.tradestream.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spends its CPU: a Java Flight Recording of it (started with {@code jcmd}, JFR's
 * {@code default} settings, made to run in production: a stack sample of each running thread every
 * 20 ms), summed up per window by what the samples were doing. A sample belongs to the first of its
 * frames, from the top, that one of the {@link #CATEGORIES} claims, so time in the JDK counts for
 * its caller. Threads inside native code count only inside RocksDB; elsewhere they wait (sockets,
 * locks).
 *
 * <p>One recording runs from before the warm-up to the end, and each step's window is dumped from
 * it: starting JFR in a running JVM has it recompile much of its code, which cost the TaskManager
 * about half a core and put 20 s on the median latency of a step that started it.
 */
final class CpuProfile implements AutoCloseable {
    /** Category name and the class name prefixes it claims, in the order they are tried. */
    static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put(
                "RocksDB state access",
                List.of("org.rocksdb.", "org.apache.flink.contrib.streaming.state."));
        CATEGORIES.put(
                "serialization",
                List.of(
                        "org.apache.flink.api.common.typeutils.",
                        "org.apache.flink.api.java.typeutils.runtime.",
                        "org.apache.flink.core.memory.",
                        "org.apache.flink.streaming.runtime.streamrecord.StreamElementSerializer"));
        CATEGORIES.put(
                "JSON parsing and writing",
                List.of(
                        "com.fasterxml.jackson.",
                        "org.apache.flink.shaded.jackson2.",
                        "io.tradestream.model.json."));
        CATEGORIES.put(
                "Cassandra writes",
                List.of(
                        "com.datastax.",
                        "org.apache.flink.cassandra.shaded.",
                        "org.apache.flink.streaming.connectors.cassandra.",
                        "io.tradestream.job.io.Cassandra"));
        CATEGORIES.put("Kafka", List.of("org.apache.kafka.", "org.apache.flink.connector.kafka."));
        CATEGORIES.put("CoreNLP sentiment", List.of("edu.stanford.nlp."));
        CATEGORIES.put("TradeStream logic", List.of("io.tradestream."));
        CATEGORIES.put("Flink runtime", List.of("org.apache.flink."));
    }

    static final String OTHER = "JVM and other";

    /** How far back the recording keeps samples: longer than any step. */
    private static final String MAX_AGE = "30m";

    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    private final long pid;

    /** Starts recording process {@code pid}. */
    CpuProfile(long pid) throws IOException, InterruptedException {
        this.pid = pid;
        jcmd("JFR.start", "name=" + name(), "settings=default", "maxage=" + MAX_AGE);
    }

    /**
     * Writes what was recorded from {@code from} on to {@code recording}, and returns each
     * category's share of the samples taken from {@code from} to {@code to}, largest first.
     */
    Summary window(Instant from, Instant to, Path recording)
            throws IOException, InterruptedException {
        Files.createDirectories(recording.getParent());
        Files.deleteIfExists(recording);
        jcmd("JFR.dump", "name=" + name(), "begin=" + from, "filename=" + recording);
        Map<String, Long> samples = new LinkedHashMap<>();
        long total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            boolean running = type.equals("jdk.ExecutionSample");
            if (!running && !type.equals("jdk.NativeMethodSample")
                    || event.getStartTime().isBefore(from)
                    || event.getStartTime().isAfter(to)) {
                continue;
            }
            String category = category(event.getStackTrace(), running);
            if (category != null) {
                samples.merge(category, 1L, Long::sum);
                total++;
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        long all = total;
        samples.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> shares.put(entry.getKey(), 100.0 * entry.getValue() / all));
        return new Summary(total, shares);
    }

    /** Stops recording; what was not dumped is dropped. */
    @Override
    public void close() throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=" + name());
    }

    /** How many samples were counted, and each category's percentage of them. */
    record Summary(long samples, Map<String, Double> percentByCategory) {
        /** A step that was not profiled. */
        static final Summary NONE = new Summary(0, Map.of());
    }

    /** The category of a sample; null for a thread waiting in native code. */
    private static String category(RecordedStackTrace stack, boolean running) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return running ? OTHER : null;
        }
        List<RecordedFrame> frames = stack.getFrames();
        if (!running && !frames.get(0).getMethod().getType().getName().startsWith("org.rocksdb.")) {
            return null;
        }
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, List<String>> category : CATEGORIES.entrySet()) {
                for (String prefix : category.getValue()) {
                    if (type.startsWith(prefix)) {
                        return category.getKey();
                    }
                }
            }
        }
        return OTHER;
    }

    private String name() {
        return "tradestream-benchmark-" + pid;
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", args) + " failed: " + output);
        }
    }
}
