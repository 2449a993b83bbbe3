package io.tradestream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived program (a tool, the Flink CLI) to completion and returns its output. */
final class JvmTask {
    private JvmTask() {}

    /** The exit code and the output (stdout and stderr, interleaved) of a finished program. */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /**
     * Runs {@code command} with {@code tmpDir} as java.io.tmpdir and its output in a file there;
     * the JVM is killed if it takes longer than {@code timeout}.
     */
    static Result run(
            JvmCommand command, Map<String, String> environment, Path tmpDir, Duration timeout) {
        return run(
                command.mainClass(),
                command.toList(List.of("-Djava.io.tmpdir=" + tmpDir)),
                environment,
                tmpDir,
                timeout);
    }

    /**
     * Runs any program, {@code name} in messages, with its output in a file in {@code tmpDir}; it
     * is killed if it takes longer than {@code timeout}.
     */
    static Result run(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path tmpDir,
            Duration timeout) {
        StackLayout.createDirectories(tmpDir);
        Path output = null;
        Process process = null;
        try {
            output = Files.createTempFile(tmpDir, "output-", ".txt");
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .redirectInput(
                                    ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                            .redirectOutput(output.toFile())
                            .redirectErrorStream(true);
            builder.environment().putAll(environment);
            process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StackException(
                        name
                                + " did not finish within "
                                + timeout.toSeconds()
                                + " s. Its output:\n"
                                + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while running " + name, e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly().onExit().join();
            }
            if (output != null) {
                StackLayout.deleteRecursively(output);
            }
        }
    }
}
