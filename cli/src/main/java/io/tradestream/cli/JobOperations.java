package io.tradestream.cli;

import io.tradestream.stack.FlinkCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an operator does with the TradeStream job on a Flink cluster, each through the real Flink
 * command line: submit it (optionally from a savepoint), take a savepoint, stop it with one, and
 * upgrade it to a new jar by stopping it with a savepoint and starting the new jar from there.
 */
public final class JobOperations {
    /** The name the job runs under ({@code TradeStreamJob.JOB_NAME}). */
    static final String JOB_NAME = "TradeStream";

    private final FlinkCli cli;

    /** Job settings that come before the user's own, e.g. the local stack's addresses. */
    private final List<String> baseSettings;

    public JobOperations(FlinkCli cli, List<String> baseSettings) {
        this.cli = cli;
        this.baseSettings = List.copyOf(baseSettings);
    }

    /** How a submission starts: from a savepoint or not, and at which parallelism. */
    public record Start(String savepoint, Integer parallelism, boolean allowNonRestoredState) {
        public static final Start FRESH = new Start(null, null, false);

        public Start fromSavepoint(String path) {
            return new Start(path, parallelism, allowNonRestoredState);
        }

        List<String> runOptions() {
            List<String> options = new ArrayList<>();
            if (savepoint != null) {
                options.addAll(List.of("--fromSavepoint", savepoint));
            }
            if (parallelism != null) {
                options.addAll(List.of("--parallelism", parallelism.toString()));
            }
            if (allowNonRestoredState) {
                options.add("--allowNonRestoredState");
            }
            return options;
        }
    }

    /** What an upgrade did: the savepoint it went through and the new job's id. */
    public record Upgrade(String savepoint, String jobId) {}

    /** Submits {@code jar} in detached mode and returns the new job's id. */
    public String submit(Path jar, Start start, List<String> settings) {
        List<String> args = new ArrayList<>(baseSettings);
        args.addAll(settings);
        return cli.run(start.runOptions(), jar, args);
    }

    /** Takes a savepoint of a running job; {@code dir} null means the cluster's default folder. */
    public String savepoint(String jobId, String dir) {
        return cli.savepoint(jobId, dir);
    }

    /** Stops a job with a savepoint and returns the savepoint's path. */
    public String stop(String jobId, String dir) {
        return cli.stopWithSavepoint(jobId, dir);
    }

    /**
     * Stops the job with a savepoint and starts {@code jar} from it. If the new jar does not start
     * (its state does not match, say), the old job stays stopped and the message says how to start
     * it again from the same savepoint.
     */
    public Upgrade upgrade(String jobId, String dir, Path jar, Start start, List<String> settings) {
        String savepoint = stop(jobId, dir);
        try {
            return new Upgrade(savepoint, submit(jar, start.fromSavepoint(savepoint), settings));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "stopped job "
                            + jobId
                            + " with savepoint "
                            + savepoint
                            + ", but "
                            + jar
                            + " did not start from it. To go back, submit the previous jar"
                            + " from the same savepoint (./tradestream submit --jar OLD_JAR"
                            + " --from-savepoint "
                            + savepoint
                            + "). The Flink CLI said: "
                            + e.getMessage(),
                    e);
        }
    }

    /** The id of the only running TradeStream job; fails naming them if there are none or many. */
    public String runningJob() {
        List<FlinkCli.ListedJob> running =
                cli.list().stream()
                        .filter(job -> job.name().equals(JOB_NAME))
                        .filter(job -> job.state().equals("RUNNING"))
                        .toList();
        if (running.size() != 1) {
            throw new UsageException(
                    (running.isEmpty()
                                    ? "no TradeStream job is running"
                                    : running.size()
                                            + " TradeStream jobs are running ("
                                            + String.join(
                                                    ", ",
                                                    running.stream()
                                                            .map(FlinkCli.ListedJob::jobId)
                                                            .toList())
                                            + ")")
                            + "; name one with --job JOB_ID");
        }
        return running.get(0).jobId();
    }

    /** The jobs the cluster runs or schedules, as {@code flink list} prints them. */
    public List<FlinkCli.ListedJob> jobs() {
        return cli.list();
    }
}
