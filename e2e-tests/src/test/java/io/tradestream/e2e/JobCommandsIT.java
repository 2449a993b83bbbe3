package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.cli.JobOperations;
import io.tradestream.stack.FlinkCli;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.Repository;
import io.tradestream.stack.junit.LocalStackExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job commands of {@code ./tradestream} against a cluster known only by its REST address, as
 * for a cluster elsewhere: the Flink CLI from TradeStream's Flink jars with the production
 * configuration, aimed with {@code -m}. Submit, list, savepoint, stop with a savepoint, and submit
 * again from it.
 */
@ExtendWith(LocalStackExtension.class)
class JobCommandsIT {
    @Test
    void submitsSavesStopsAndResumesThroughTheRestAddress(
            LocalStack stack, @TempDir Path savepoints) throws Exception {
        FlinkCli remote =
                FlinkCli.fromJars(
                                new Repository(Path.of(System.getProperty("tradestream.repo"))),
                                stack.layout())
                        .at("127.0.0.1:" + stack.flink().restPort());
        JobOperations operations = new JobOperations(remote, List.of());
        try (TradeStreamJobRun run = TradeStreamJobRun.prepare(stack, "jobcommands")) {
            String first =
                    operations.submit(
                            TradeStreamJobRun.jobJar(), JobOperations.Start.FRESH, run.settings());
            run.continuedAs(first);
            stack.flink().rest().awaitJobState(first, "RUNNING", Duration.ofMinutes(2));
            // A savepoint needs every task running; the sentiment task first loads CoreNLP.
            StackClients.await(
                    "every task of job " + first + " running",
                    Duration.ofMinutes(2),
                    run::allTasksRunning);
            assertThat(operations.jobs())
                    .anyMatch(job -> job.jobId().equals(first) && job.state().equals("RUNNING"));

            String savepoint = operations.savepoint(first, savepoints.toUri().toString());
            assertThat(Path.of(URI.create(savepoint)).resolve("_metadata")).exists();
            assertThat(stack.flink().rest().jobState(first)).isEqualTo("RUNNING");

            String last = operations.stop(first, savepoints.toUri().toString());
            assertThat(Files.list(savepoints).count()).isEqualTo(2);
            stack.flink().rest().awaitJobState(first, "FINISHED", Duration.ofMinutes(1));

            String second =
                    operations.submit(
                            TradeStreamJobRun.jobJar(),
                            JobOperations.Start.FRESH.fromSavepoint(last),
                            run.settings());
            run.continuedAs(second);
            stack.flink().rest().awaitJobState(second, "RUNNING", Duration.ofMinutes(2));
            assertThat(
                            stack.flink()
                                    .rest()
                                    .getJson("/jobs/" + second + "/checkpoints")
                                    .path("latest")
                                    .path("restored")
                                    .path("external_path")
                                    .asText())
                    .isEqualTo(last);
        }
    }
}
