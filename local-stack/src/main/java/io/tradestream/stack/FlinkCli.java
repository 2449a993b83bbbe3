package io.tradestream.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Flink command line client ({@code flink run|list|stop|savepoint|cancel}), as an operator
 * runs it: either from the Flink jars of the local stack, in a JVM of its own with a configuration
 * folder, or as {@code bin/flink} of a Flink distribution ({@code FLINK_HOME}). Either can be aimed
 * at any cluster's REST address ({@link #at}).
 */
public final class FlinkCli {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern SUBMITTED_JOB_ID = Pattern.compile("JobID ([0-9a-f]{32})");
    // e.g. "23.11.2025 06:20:00 : 5f1e...c2 : TradeStream (RUNNING)"
    private static final Pattern LISTED_JOB =
            Pattern.compile("^.+ : ([0-9a-f]{32}) : (.*) \\((\\w+)\\)$");
    // What both `flink savepoint` and `flink stop` print when the savepoint is written.
    private static final Pattern SAVEPOINT_PATH =
            Pattern.compile("Savepoint completed\\. Path: (\\S+)");

    /** Runs the client with the given arguments. */
    private interface Launcher {
        Result launch(List<String> arguments);
    }

    private final Launcher launcher;

    /** The JobManager's REST address ({@code host:port}) given with {@code -m}, or null. */
    private final String jobManager;

    private FlinkCli(Launcher launcher, String jobManager) {
        this.launcher = launcher;
        this.jobManager = jobManager;
    }

    /** The client from the Flink jars in {@code lib}, configured by the folder {@code confDir}. */
    FlinkCli(Path lib, Path confDir, Path logFile, Path tmpDir, List<String> jvmOptions) {
        this(jarLauncher(lib, confDir, logFile, tmpDir, jvmOptions), null);
    }

    /**
     * The client of the local stack's Flink jars with the production configuration ({@code
     * flink-conf/}), for a cluster elsewhere: aim it with {@link #at}.
     */
    public static FlinkCli fromJars(Repository repository, StackLayout layout) {
        Path tmpDir = layout.tmp().resolve(FlinkCluster.CLIENT);
        Path conf =
                FlinkConfDir.writeClient(
                        repository.flinkConf(), layout.conf().resolve(FlinkCluster.CLIENT), tmpDir);
        return new FlinkCli(
                repository.runtimeLib(Component.FLINK),
                conf,
                layout.logFile(FlinkCluster.CLIENT),
                tmpDir,
                FlinkConfDir.javaOptions(conf.resolve("config.yaml"), "env.java.opts.client"));
    }

    /** {@code bin/flink} of the Flink distribution in {@code flinkHome}, with its configuration. */
    public static FlinkCli fromDistribution(Path flinkHome, Path tmpDir) {
        Path flink = flinkHome.resolve("bin").resolve("flink");
        if (!Files.isExecutable(flink)) {
            throw new StackException(
                    "No Flink command line at " + flink + ": is " + flinkHome + " a Flink home?");
        }
        return new FlinkCli(
                arguments -> {
                    List<String> command = new ArrayList<>(List.of(flink.toString()));
                    command.addAll(arguments);
                    JvmTask.Result result =
                            JvmTask.run(flink.toString(), command, Map.of(), tmpDir, TIMEOUT);
                    return new Result(result.exitCode(), result.output());
                },
                null);
    }

    /** This client aimed at the JobManager whose REST API is at {@code hostAndPort}. */
    public FlinkCli at(String hostAndPort) {
        return new FlinkCli(launcher, hostAndPort);
    }

    /** A finished CLI command: its exit code and its console output. */
    public record Result(int exitCode, String output) {}

    /** A job as {@code flink list} shows it. */
    public record ListedJob(String jobId, String name, String state) {}

    /**
     * Submits a job jar in detached mode ({@code flink run -d}) and returns its JobID. Fails with
     * the CLI's output if the submission fails.
     */
    public String run(Path jar, List<String> programArgs) {
        return run(List.of(), jar, programArgs);
    }

    /**
     * {@code flink run -d <options> <jar> <programArgs>}, with run options such as {@code -c <entry
     * class>}, {@code -p <parallelism>} or {@code -s <savepoint path>}; returns the JobID.
     */
    public String run(List<String> options, Path jar, List<String> programArgs) {
        List<String> args = new ArrayList<>(List.of("run", "-d"));
        args.addAll(options);
        args.add(jar.toString());
        args.addAll(programArgs);
        String output = execOrFail(args);
        Matcher jobId = SUBMITTED_JOB_ID.matcher(output);
        if (!jobId.find()) {
            throw new StackException("flink run printed no JobID:\n" + output);
        }
        return jobId.group(1);
    }

    /**
     * Triggers a savepoint of a running job ({@code flink savepoint}) into {@code dir}, or the
     * cluster's default savepoint folder when {@code dir} is null; returns its path.
     */
    public String savepoint(String jobId, String dir) {
        List<String> args = new ArrayList<>(List.of("savepoint", jobId));
        if (dir != null) {
            args.add(dir);
        }
        return savepointPath(execOrFail(args));
    }

    /**
     * Stops a job with a savepoint ({@code flink stop}): its sources stop, a last savepoint is
     * written (into {@code dir}, or the cluster's default savepoint folder when null), and the job
     * finishes. Returns the savepoint's path.
     */
    public String stopWithSavepoint(String jobId, String dir) {
        List<String> args = new ArrayList<>(List.of("stop"));
        if (dir != null) {
            args.addAll(List.of("--savepointPath", dir));
        }
        args.add(jobId);
        return savepointPath(execOrFail(args));
    }

    static String savepointPath(String output) {
        Matcher path = SAVEPOINT_PATH.matcher(output);
        if (!path.find()) {
            throw new StackException("The Flink CLI reported no savepoint path:\n" + output);
        }
        return path.group(1);
    }

    /** Cancels a job ({@code flink cancel}). */
    public void cancel(String jobId) {
        execOrFail(List.of("cancel", jobId));
    }

    /** The running and scheduled jobs ({@code flink list}). */
    public List<ListedJob> list() {
        return parseList(execOrFail(List.of("list")));
    }

    static List<ListedJob> parseList(String output) {
        List<ListedJob> jobs = new ArrayList<>();
        for (String line : output.split("\\R")) {
            Matcher job = LISTED_JOB.matcher(line.strip());
            if (job.matches()) {
                jobs.add(new ListedJob(job.group(1), job.group(2), job.group(3)));
            }
        }
        return jobs;
    }

    /**
     * Runs the CLI with any arguments, e.g. {@code savepoint <jobId>} or {@code stop
     * --savepointPath <dir> <jobId>}, and returns what it printed, whatever its exit code. When the
     * client is aimed at a JobManager, {@code -m <address>} follows the action.
     */
    public Result exec(List<String> arguments) {
        List<String> args = new ArrayList<>(arguments);
        if (jobManager != null && !args.isEmpty()) {
            args.addAll(1, List.of("-m", jobManager));
        }
        return launcher.launch(args);
    }

    private static Launcher jarLauncher(
            Path lib, Path confDir, Path logFile, Path tmpDir, List<String> jvmOptions) {
        return arguments -> {
            JvmTask.Result result =
                    JvmTask.run(
                            new JvmCommand(lib, "org.apache.flink.client.cli.CliFrontend")
                                    .jvmOptions(jvmOptions)
                                    .jvmOptions(
                                            "-Dlog.file=" + logFile,
                                            "-Dlog4j.configurationFile="
                                                    + confDir.resolve("log4j-cli.properties")
                                                            .toUri())
                                    .arguments(arguments),
                            // Without it the CLI exits with code 31 and prints nothing.
                            Map.of("FLINK_CONF_DIR", confDir.toString()),
                            tmpDir,
                            TIMEOUT);
            return new Result(result.exitCode(), result.output());
        };
    }

    private String execOrFail(List<String> arguments) {
        Result result = exec(arguments);
        if (result.exitCode() != 0) {
            throw new StackException(
                    "flink "
                            + String.join(" ", arguments)
                            + " failed (exit code "
                            + result.exitCode()
                            + "):\n"
                            + result.output());
        }
        return result.output();
    }
}
