package io.tradestream.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Flink command line client ({@code flink run|list|cancel|...}), run in a JVM of its own
 * with the cluster's configuration folder, as an operator would run it.
 */
public final class FlinkCli {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern SUBMITTED_JOB_ID = Pattern.compile("JobID ([0-9a-f]{32})");
    // e.g. "23.11.2025 06:20:00 : 5f1e...c2 : TradeStream (RUNNING)"
    private static final Pattern LISTED_JOB =
            Pattern.compile("^.+ : ([0-9a-f]{32}) : (.*) \\((\\w+)\\)$");

    private final Path lib;
    private final Path confDir;
    private final Path logFile;
    private final Path tmpDir;
    private final List<String> jvmOptions;

    FlinkCli(Path lib, Path confDir, Path logFile, Path tmpDir, List<String> jvmOptions) {
        this.lib = lib;
        this.confDir = confDir;
        this.logFile = logFile;
        this.tmpDir = tmpDir;
        this.jvmOptions = List.copyOf(jvmOptions);
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
     * --savepointPath <dir> <jobId>}, and returns what it printed, whatever its exit code.
     */
    public Result exec(List<String> arguments) {
        JvmTask.Result result =
                JvmTask.run(
                        new JvmCommand(lib, "org.apache.flink.client.cli.CliFrontend")
                                .jvmOptions(jvmOptions)
                                .jvmOptions(
                                        "-Dlog.file=" + logFile,
                                        "-Dlog4j.configurationFile="
                                                + confDir.resolve("log4j-cli.properties").toUri())
                                .arguments(arguments),
                        // Without it the CLI exits with code 31 and prints nothing.
                        Map.of("FLINK_CONF_DIR", confDir.toString()),
                        tmpDir,
                        TIMEOUT);
        return new Result(result.exitCode(), result.output());
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
