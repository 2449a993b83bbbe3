package io.tradestream.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import io.tradestream.schema.Replication;
import io.tradestream.schema.SchemaMigrator;
import io.tradestream.stack.LocalStack;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code ./tradestream backtest FOLDER [--keyspace NAME]}: runs the TradeStream job over a folder
 * of topic files (see the README, "Backtests") into a keyspace of its own, waits until it has read
 * everything, and says where the results are. Its alerts, dead letters and rule rejections go to
 * topics named after the keyspace, so a backtest never mixes with the live job's output.
 */
final class Backtest {
    private static final Pattern KEYSPACE = Pattern.compile("[a-z][a-z0-9_]{0,47}");
    private static final List<String> OUTPUT_TOPICS =
            List.of("alerts", "dead-letters", "rule-rejections");

    private final LocalStack stack;
    private final PrintStream out;

    Backtest(LocalStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    int run(Options options) {
        List<String> args = options.rest();
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new UsageException(
                    "Usage: tradestream backtest FOLDER [--keyspace NAME]\n"
                            + "FOLDER holds trades/, quotes/, tweets/, ticker-keywords/ and rules/,"
                            + " each with JSON-lines files (one per partition).");
        }
        Path folder = Path.of(args.get(0)).toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            throw new UsageException("no folder " + folder);
        }
        String keyspace = options.value("--keyspace", "backtest");
        if (!KEYSPACE.matcher(keyspace).matches()) {
            throw new UsageException(
                    "--keyspace must be lower-case letters, digits or _, starting with a letter");
        }
        try (CqlSession session = TradeStreamCli.cqlSession(stack)) {
            new SchemaMigrator(session).migrate(keyspace, Replication.simple(1));
        }
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String topic : OUTPUT_TOPICS) {
            topics.put(keyspace + "-" + topic, 1);
        }
        stack.kafka().createTopics(topics);
        String jobId = JobSubmission.submit(stack, jobArgs(folder, keyspace));
        out.println(
                "Backtest "
                        + jobId
                        + " reads "
                        + folder
                        + "; watch it at "
                        + stack.flink().restUrl());
        stack.flink().rest().awaitJobState(jobId, "FINISHED", Duration.ofHours(6));
        out.println("Backtest finished. Results are in keyspace " + keyspace + ", e.g.:");
        out.println(
                "  ./tradestream cql \"SELECT * FROM "
                        + keyspace
                        + ".positions_by_user WHERE user_id = 'USER'\"");
        out.println(
                "  alerts on topic "
                        + keyspace
                        + "-alerts: ./tradestream read "
                        + keyspace
                        + "-alerts");
        return 0;
    }

    private static List<String> jobArgs(Path folder, String keyspace) {
        return List.of(
                "--backtest.dir",
                folder.toString(),
                "--cassandra.keyspace",
                keyspace,
                "--kafka.transactional-id-prefix",
                "tradestream-" + keyspace,
                "--topic.alerts",
                keyspace + "-alerts",
                "--topic.dead-letters",
                keyspace + "-dead-letters",
                "--topic.rule-rejections",
                keyspace + "-rule-rejections");
    }
}
