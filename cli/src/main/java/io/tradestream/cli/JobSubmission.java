package io.tradestream.cli;

import io.tradestream.stack.LocalStack;
import io.tradestream.stack.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Submits the job jar to the local session cluster with the real Flink CLI. */
final class JobSubmission {
    private JobSubmission() {}

    static Path jobJar() {
        Path jar = Repository.locate().root().resolve("jobs/target/tradestream-job.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    "no job jar at " + jar + "; build it with ./tradestream build");
        }
        return jar;
    }

    /**
     * Submits with the stack's addresses; {@code jobArgs} (job settings) come after them, so they
     * win.
     */
    static String submit(LocalStack stack, List<String> jobArgs) {
        return operations(stack).submit(jobJar(), JobOperations.Start.FRESH, jobArgs);
    }

    /** The job operations on the stack's cluster, whose jobs get the stack's addresses. */
    static JobOperations operations(LocalStack stack) {
        return new JobOperations(stack.flink().cli(), stackAddresses(stack));
    }

    /** The job settings that point the job at the stack's Kafka broker and Cassandra server. */
    private static List<String> stackAddresses(LocalStack stack) {
        return List.of(
                "--kafka.bootstrap-servers",
                stack.kafka().bootstrapServers(),
                "--cassandra.host",
                stack.cassandra().host(),
                "--cassandra.port",
                Integer.toString(stack.cassandra().nativePort()));
    }
}
