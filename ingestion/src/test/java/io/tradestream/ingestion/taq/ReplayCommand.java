package io.tradestream.ingestion.taq;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the replay's command line as the CLI would, but with a sink that keeps the events instead of
 * Kafka, and keeps what it prints.
 */
final class ReplayCommand {

    final CollectingSink sink = new CollectingSink();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs with output that is no terminal; returns the exit code. */
    int run(String... args) {
        return TaqReplayMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                options -> sink);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
