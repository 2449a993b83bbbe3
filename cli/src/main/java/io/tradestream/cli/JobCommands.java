package io.tradestream.cli;

import io.tradestream.stack.FlinkCli;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.Repository;
import io.tradestream.stack.StackLayout;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job commands of {@code ./tradestream}: {@code submit}, {@code jobs}, {@code savepoint},
 * {@code stop} and {@code upgrade}, against the local stack's cluster or, with {@code --flink-home}
 * (or {@code FLINK_HOME}) or {@code --rest-address}, any Flink 1.20 cluster.
 */
final class JobCommands {
    static final String USAGE =
            String.join(
                    "\n",
                    "Job commands (each runs the real Flink CLI):",
                    "  submit   [--jar JAR] [--from-savepoint PATH] [--parallelism N]"
                            + " [--allow-non-restored-state] [--name value ...]",
                    "  jobs",
                    "  savepoint [--job ID] [--savepoint-dir DIR]",
                    "  stop      [--job ID] [--savepoint-dir DIR]",
                    "  upgrade   [--job ID] [--savepoint-dir DIR] [--jar JAR] [--parallelism N]"
                            + " [--allow-non-restored-state] [--name value ...]",
                    "Which cluster: the local stack's, unless --flink-home DIR (or the environment"
                            + " variable FLINK_HOME)",
                    "names a Flink distribution whose bin/flink to use, or --rest-address"
                            + " HOST:PORT names the JobManager.",
                    "--job defaults to the only running TradeStream job; --savepoint-dir to the"
                            + " cluster's execution.checkpointing.savepoint-dir;",
                    "--jar to jobs/target/tradestream-job.jar. Other --name value pairs are job"
                            + " settings: the README's table, or the",
                    "list the job prints when a submission names an unknown one.");

    private static final Set<String> FLAGS = Set.of("--allow-non-restored-state");
    private static final Set<String> VALUED =
            Set.of(
                    "--flink-home",
                    "--rest-address",
                    "--job",
                    "--savepoint-dir",
                    "--jar",
                    "--from-savepoint",
                    "--parallelism");

    private final PrintStream out;
    private final Map<String, String> environment;

    JobCommands(PrintStream out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    /** The command's options, with the job settings (everything else) kept apart. */
    record Arguments(Map<String, String> options, Set<String> flags, List<String> settings) {
        static Arguments parse(List<String> args) {
            Map<String, String> options = new java.util.LinkedHashMap<>();
            Set<String> flags = new java.util.HashSet<>();
            List<String> settings = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (FLAGS.contains(arg)) {
                    flags.add(arg);
                } else if (VALUED.contains(arg)) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(arg + " needs a value");
                    }
                    options.put(arg, args.get(++i));
                } else {
                    settings.add(arg);
                }
            }
            return new Arguments(options, flags, settings);
        }

        String option(String name) {
            return options.get(name);
        }

        JobOperations.Start start() {
            String parallelism = option("--parallelism");
            try {
                return new JobOperations.Start(
                        option("--from-savepoint"),
                        parallelism == null ? null : Integer.valueOf(parallelism),
                        flags.contains("--allow-non-restored-state"));
            } catch (NumberFormatException e) {
                throw new UsageException("--parallelism needs a whole number, got " + parallelism);
            }
        }
    }

    int run(String command, Options options) {
        if (options.flag("--help")) {
            out.println(USAGE);
            return 0;
        }
        Arguments args = Arguments.parse(options.rest());
        Target target = target(args, options.home());
        JobOperations operations = target.operations();
        switch (command) {
            case "submit" -> {
                String jobId = operations.submit(jar(args), args.start(), args.settings());
                out.println("Submitted TradeStream as job " + jobId + " to " + target.name());
            }
            case "jobs" -> {
                for (FlinkCli.ListedJob job : operations.jobs()) {
                    out.println(job.jobId() + "  " + job.state() + "  " + job.name());
                }
            }
            case "savepoint" -> {
                String jobId = jobId(args, operations);
                out.println(
                        "Savepoint of job "
                                + jobId
                                + ": "
                                + operations.savepoint(jobId, args.option("--savepoint-dir")));
            }
            case "stop" -> {
                String jobId = jobId(args, operations);
                String savepoint = operations.stop(jobId, args.option("--savepoint-dir"));
                out.println("Stopped job " + jobId + " with savepoint " + savepoint);
                out.println(
                        "Start it again from there with: ./tradestream submit --from-savepoint "
                                + savepoint);
            }
            case "upgrade" -> {
                String jobId = jobId(args, operations);
                JobOperations.Upgrade upgrade =
                        operations.upgrade(
                                jobId,
                                args.option("--savepoint-dir"),
                                jar(args),
                                args.start(),
                                args.settings());
                out.println("Stopped job " + jobId + " with savepoint " + upgrade.savepoint());
                out.println("Started " + jar(args) + " from it as job " + upgrade.jobId());
            }
            default -> throw new UsageException("unknown job command '" + command + "'");
        }
        return 0;
    }

    /** The job operations on the chosen cluster, and what to call that cluster. */
    record Target(JobOperations operations, String name) {}

    private Target target(Arguments args, Path home) {
        String flinkHome = args.option("--flink-home");
        if (flinkHome == null) {
            flinkHome = environment.get("FLINK_HOME");
        }
        String restAddress = args.option("--rest-address");
        if (flinkHome == null && restAddress == null) {
            LocalStack stack = TradeStreamCli.attach(home);
            return new Target(
                    JobSubmission.operations(stack),
                    "the local stack (" + stack.flink().restUrl() + ")");
        }
        StackLayout layout = new StackLayout(home);
        FlinkCli cli =
                flinkHome != null
                        ? FlinkCli.fromDistribution(Path.of(flinkHome), layout.tmp())
                        : FlinkCli.fromJars(Repository.locate(), layout);
        String name = flinkHome != null ? "the cluster of " + flinkHome + "/conf" : "";
        if (restAddress != null) {
            cli = cli.at(restAddress);
            name = "the cluster at " + restAddress;
        }
        return new Target(new JobOperations(cli, List.of()), name);
    }

    private static Path jar(Arguments args) {
        String jar = args.option("--jar");
        return jar == null ? JobSubmission.jobJar() : Path.of(jar).toAbsolutePath();
    }

    private static String jobId(Arguments args, JobOperations operations) {
        String jobId = args.option("--job");
        return jobId != null ? jobId : operations.runningJob();
    }
}
