package io.tradestream.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.ingestion.feed.MarketFeedMain;
import io.tradestream.ingestion.taq.TaqReplayMain;
import io.tradestream.ingestion.taq.TaqSampleWriter;
import io.tradestream.ingestion.tweets.TweetReplayMain;
import io.tradestream.ingestion.tweets.TweetSimulatorMain;
import io.tradestream.ingestion.tweets.XStreamIngesterMain;
import io.tradestream.schema.Replication;
import io.tradestream.schema.SchemaMigrator;
import io.tradestream.stack.Component;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.PortPlan;
import io.tradestream.stack.Repository;
import io.tradestream.stack.StackMain;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The command line behind {@code ./tradestream}: runs the whole system on this machine. Stack
 * commands (up, down, status, logs) are the local stack's; this adds the schema, topics, the job,
 * the market feed and ways to look at the results.
 */
public final class TradeStreamCli {
    static final String KEYSPACE = "tradestream";

    private TradeStreamCli() {}

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-cli.xml");
        }
        int status;
        try {
            status = run(List.of(args));
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            status = 2;
        } catch (Exception e) {
            System.err.println("tradestream: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static int run(List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("Usage: tradestream <command>; see ./tradestream --help");
        }
        String command = args.get(0);
        Options options =
                Options.parse(
                        args.subList(1, args.size()),
                        Repository.locate().root().resolve(".tradestream"));
        return switch (command) {
            case "demo" -> new Demo(options.home(), System.out).run();
            case "up", "logs" -> stackCommand(args);
            case "status" -> status(options, args);
            case "down" -> down(options, args);
            case "schema" -> schema(options);
            case "submit", "jobs", "savepoint", "stop", "upgrade" ->
                    new JobCommands(System.out, System.getenv()).run(command, options);
            case "backtest" -> new Backtest(attach(options.home()), System.out).run(options);
            case "feed" -> feed(options);
            case "replay" -> withBroker(options, TaqReplayMain::run);
            case "sample-day" ->
                    TaqSampleWriter.run(
                            options.rest().toArray(String[]::new), System.out, System.err);
            case "send" -> send(options);
            case "read" -> read(options);
            case "cql" -> cql(options);
            default -> throw new UsageException("unknown command '" + command + "'");
        };
    }

    private static int down(Options options, List<String> args) throws Exception {
        for (BackgroundProcess feed : backgroundProcesses(options.home())) {
            if (feed.stop()) {
                System.out.println("Stopped the " + feed.description() + ".");
            }
        }
        return stackCommand(args);
    }

    /** The demo's feeds and dashboard, which run in the background. */
    static List<BackgroundProcess> backgroundProcesses(Path home) {
        return List.of(
                BackgroundProcess.marketFeed(home),
                BackgroundProcess.tweetFeed(home),
                BackgroundProcess.dashboard(home));
    }

    /** The stack's status, then the jobs on its Flink cluster and the market feed. */
    private static int status(Options options, List<String> args) throws Exception {
        int status = stackCommand(args);
        Optional<LocalStack> stack =
                LocalStack.attach(options.home()).filter(LocalStack::isRunning);
        if (stack.isPresent()) {
            for (JsonNode job : stack.get().flink().rest().getJson("/jobs/overview").path("jobs")) {
                System.out.println(
                        "  job        "
                                + job.path("state").asText()
                                + " "
                                + job.path("name").asText()
                                + " "
                                + job.path("jid").asText());
            }
        }
        for (BackgroundProcess feed : backgroundProcesses(options.home())) {
            System.out.println(
                    "  "
                            + String.format("%-10s ", feed.name())
                            + feed.running()
                                    .map(process -> "running, pid " + process.pid())
                                    .orElse("not running"));
        }
        return status;
    }

    private static int stackCommand(List<String> args) {
        return StackMain.run(args.toArray(String[]::new), System.out, System.err);
    }

    /** The running stack of {@code home}; fails with what to do when there is none. */
    static LocalStack attach(Path home) {
        return LocalStack.attach(home)
                .filter(LocalStack::isRunning)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "the local stack is not running; start it with"
                                                + " ./tradestream up (or ./tradestream demo)"));
    }

    private static int schema(Options options) {
        LocalStack stack = attach(options.home());
        try (CqlSession session = cqlSession(stack)) {
            var applied = new SchemaMigrator(session).migrate(KEYSPACE, Replication.simple(1));
            System.out.println(
                    applied.isEmpty()
                            ? "Schema is up to date."
                            : "Applied " + applied.size() + " migration(s) to " + KEYSPACE + ".");
        }
        return 0;
    }

    private static int feed(Options options) {
        MarketFeedMain.main(withBrokerArgs(options.home(), options.rest()));
        return 0;
    }

    /** {@code tweets simulate|replay|stream [options]}: tweets into the tweets topic. */
    private static int tweets(Options options) {
        List<String> rest = options.rest();
        if (rest.isEmpty()) {
            throw new UsageException(
                    "Usage: tradestream tweets simulate|replay|stream [options] (--help for each)");
        }
        IngestionTool tool =
                switch (rest.get(0)) {
                    case "simulate" -> TweetSimulatorMain::run;
                    case "replay" -> TweetReplayMain::run;
                    case "stream" -> XStreamIngesterMain::run;
                    default ->
                            throw new UsageException(
                                    "unknown tweets command '"
                                            + rest.get(0)
                                            + "'; use simulate, replay or stream");
                };
        return tool.run(
                withBrokerArgs(options.home(), rest.subList(1, rest.size())),
                System.out,
                System.err);
    }

    /** An ingestion tool's {@code run(args, out, err)}. */
    @FunctionalInterface
    interface IngestionTool {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** Runs an ingestion tool against the local stack's broker unless the user names one. */
    private static int withBroker(Options options, IngestionTool tool) {
        return tool.run(withBrokerArgs(options.home(), options.rest()), System.out, System.err);
    }

    private static String[] withBrokerArgs(Path home, List<String> toolArgs) {
        List<String> args = new ArrayList<>(toolArgs);
        if (!args.contains("--bootstrap-servers") && !args.contains("--help")) {
            args.add("--bootstrap-servers");
            args.add(attach(home).kafka().bootstrapServers());
        }
        return args.toArray(String[]::new);
    }

    private static int send(Options options) throws Exception {
        List<String> rest = options.rest();
        if (rest.size() != 2) {
            throw new UsageException("Usage: tradestream send TOPIC JSON");
        }
        String value = rest.get(1);
        if (value.startsWith("@")) {
            value = Files.readString(Path.of(value.substring(1)));
        }
        topicRecords(options).send(rest.get(0), null, value);
        System.out.println("Sent to " + rest.get(0) + ".");
        return 0;
    }

    private static int read(Options options) {
        List<String> rest = options.rest();
        if (rest.isEmpty()) {
            throw new UsageException("Usage: tradestream read TOPIC [--max N] [--follow]");
        }
        long max = Long.parseLong(options.value("--max", Long.toString(Long.MAX_VALUE)));
        topicRecords(options).read(rest.get(0), max, options.flag("--follow"), System.out);
        return 0;
    }

    private static int cql(Options options) {
        if (options.rest().size() != 1) {
            throw new UsageException("Usage: tradestream cql \"STATEMENT\"");
        }
        LocalStack stack = attach(options.home());
        new CqlRunner(stack.cassandra().contactPoint(), stack.cassandra().localDatacenter())
                .run(options.rest().get(0), System.out);
        return 0;
    }

    private static TopicRecords topicRecords(Options options) {
        return new TopicRecords(attach(options.home()).kafka().bootstrapServers());
    }

    static CqlSession cqlSession(LocalStack stack) {
        return CqlSession.builder()
                .addContactPoint(stack.cassandra().contactPoint())
                .withLocalDatacenter(stack.cassandra().localDatacenter())
                .build();
    }

    static LocalStack startStack(Path home) {
        LocalStack stack =
                LocalStack.builder()
                        .home(home)
                        .ports(PortPlan.defaults())
                        .components(EnumSet.allOf(Component.class))
                        .build();
        stack.start();
        return stack;
    }
}
