package io.tradestream.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One long-running server JVM of the stack, known by its name (e.g. {@code flink-taskmanager}) and
 * its pid file. Everything about it can be done from another process that knows only the home.
 */
final class ServerProcess {
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final StackLayout layout;
    private final String name;
    private final PidFile pidFile;

    ServerProcess(StackLayout layout, String name) {
        this.layout = layout;
        this.name = name;
        this.pidFile = new PidFile(layout.pidFile(name));
    }

    String name() {
        return name;
    }

    /** Its private java.io.tmpdir (under the stack's tmp/, deleted on stop). */
    Path tmpDir() {
        return layout.tmp().resolve(name);
    }

    /** The files to show when it fails: its log and its stdout/stderr. */
    List<Path> logFiles() {
        return List.of(layout.logFile(name), layout.outFile(name));
    }

    /**
     * Starts the JVM in the background: output appended to {@code logs/<name>.out}, no input, pid
     * in {@code run/<name>.pid}. It keeps running when this JVM exits.
     */
    ProcessHandle start(JvmCommand command, Map<String, String> environment) {
        Optional<ProcessHandle> running = handle();
        if (running.isPresent()) {
            throw new StackException(
                    name + " is already running (pid " + running.get().pid() + ")");
        }
        StackLayout.createDirectories(tmpDir());
        List<String> leading = new ArrayList<>(ProcessMarker.jvmOptions(layout.home(), name));
        leading.add("-Djava.io.tmpdir=" + tmpDir());
        // A crash report or heap dump lands next to the logs instead of the working directory.
        leading.add("-XX:ErrorFile=" + layout.logs().resolve("hs_err_" + name + "_%p.log"));
        ProcessBuilder builder =
                new ProcessBuilder(command.toList(leading))
                        .directory(layout.home().toFile())
                        .redirectInput(Redirect.from(new File("/dev/null")))
                        .redirectOutput(Redirect.appendTo(layout.outFile(name).toFile()))
                        .redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            ProcessHandle process = builder.start().toHandle();
            pidFile.write(process.pid());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** The process, if it runs and really is this server of this stack. */
    Optional<ProcessHandle> handle() {
        OptionalLong pid = pidFile.read();
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessMarker.findMarked(pid.getAsLong(), layout.home(), name);
    }

    boolean isAlive() {
        return handle().isPresent();
    }

    /**
     * Asks it to stop (SIGTERM), waits up to {@code grace}, then kills it (SIGKILL). Removes its
     * pid file and tmp folder.
     */
    void stop(Duration grace) {
        handle().ifPresent(
                        process -> {
                            process.destroy();
                            if (!awaitExit(process, grace)) {
                                process.destroyForcibly();
                                if (!awaitExit(process, KILL_WAIT)) {
                                    throw new StackException(
                                            name + " (pid " + process.pid() + ") does not die");
                                }
                            }
                        });
        pidFile.delete();
        StackLayout.deleteRecursively(tmpDir());
    }

    /** Kills it at once (SIGKILL), as a crash would; its tmp folder stays until the stack stops. */
    void kill() {
        handle().ifPresent(
                        process -> {
                            process.destroyForcibly();
                            if (!awaitExit(process, KILL_WAIT)) {
                                throw new StackException(
                                        name + " (pid " + process.pid() + ") does not die");
                            }
                        });
        pidFile.delete();
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while stopping pid " + process.pid(), e);
        }
    }
}
