package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.feed.UsageException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;

/**
 * Command line of the TAQ replay (options in {@link TaqReplayOptions#USAGE}): sends NYSE Daily TAQ
 * trade and quote files, local or in S3, to Kafka. Prints progress (a bar on a terminal) and a
 * summary. Ctrl-C (SIGINT) or SIGTERM stop it cleanly: what was sent is flushed before the JVM
 * exits. Exit codes: 0 replayed (malformed lines are reported, not fatal), 1 a file could not be
 * read or Kafka failed, 2 bad command line.
 */
public final class TaqReplayMain {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** How long a shutdown hook waits for the replay to flush and close the producer. */
    private static final long SHUTDOWN_GRACE_SECONDS = 40;

    private TaqReplayMain() {}

    public static void main(String[] args) {
        // Before any logger exists: the market feed's log4j2 file (warnings and errors of the
        // Kafka and AWS clients on stderr), unless the application chose its own.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-market-feed.xml");
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the replay with the given arguments, sending to Kafka.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(
                args,
                out,
                err,
                System.console() != null,
                options ->
                        new KafkaEventSink(
                                options.bootstrapServers(),
                                options.tradesTopic(),
                                options.quotesTopic()));
    }

    /**
     * @param terminal whether {@code out} is a terminal (progress bar) or not (progress lines)
     * @param sinks makes where the events go
     */
    static int run(
            String[] args,
            PrintStream out,
            PrintStream err,
            boolean terminal,
            Function<TaqReplayOptions, EventSink> sinks) {
        Optional<TaqReplayOptions> parsed;
        try {
            parsed = TaqReplayOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for the options.");
            return USAGE;
        }
        if (parsed.isEmpty()) {
            out.print(TaqReplayOptions.USAGE);
            return OK;
        }
        TaqReplayOptions options = parsed.get();
        ReplayConsole console = new ReplayConsole(out, err, terminal);
        console.info(describe(options));
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = null;
        try (EventSink sink = sinks.apply(options)) {
            TaqReplay replay =
                    new TaqReplay(options, sink, console, System::nanoTime, Sleeper.SYSTEM);
            hook = new Thread(() -> stopAndAwait(replay, closed), "taq-replay-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            ReplaySummary summary = replay.run();
            console.info(ProgressFormat.summary(summary));
            return OK;
        } catch (TaqFormatException e) {
            console.finish();
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (KafkaException e) {
            console.finish();
            err.println(
                    "error: sending to Kafka at "
                            + options.bootstrapServers()
                            + " failed: "
                            + e.getMessage());
            return FAILED;
        } finally {
            closed.countDown();
            removeHook(hook);
        }
    }

    static String describe(TaqReplayOptions options) {
        return "replaying "
                + options.files().stream().map(TaqFile::toString).collect(Collectors.joining(", "))
                + (options.symbols().isEmpty()
                        ? ""
                        : " (symbols "
                                + String.join(",", options.symbols().stream().sorted().toList())
                                + ")")
                + " at speed "
                + options.speed()
                + " -> "
                + options.bootstrapServers()
                + " (trades: "
                + options.tradesTopic()
                + ", quotes: "
                + options.quotesTopic()
                + ")";
    }

    /** Runs in the shutdown hook: the JVM exits once the replay has flushed and closed. */
    private static void stopAndAwait(TaqReplay replay, CountDownLatch closed) {
        replay.stop();
        try {
            closed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A replay run from another program (the CLI, tests) leaves no hook behind. */
    private static void removeHook(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running and waits for us.
        }
    }
}
