package io.tradestream.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * System properties on the command line of every server JVM that say which stack home and which
 * process it belongs to. A pid read from a pid file is signalled only if the process with that pid
 * carries them: pids are reused, and a stale pid file must never make us stop someone else's
 * process.
 */
final class ProcessMarker {
    static final String HOME_PROPERTY = "tradestream.stack.home";
    static final String COMPONENT_PROPERTY = "tradestream.stack.component";

    private ProcessMarker() {}

    /** The JVM options that mark a process as {@code process} of the stack in {@code home}. */
    static List<String> jvmOptions(Path home, String process) {
        return List.of(
                "-D" + HOME_PROPERTY + "=" + home.toAbsolutePath().normalize(),
                "-D" + COMPONENT_PROPERTY + "=" + process);
    }

    /**
     * Whether a command line, as {@link ProcessHandle.Info#commandLine()} shows it, carries the
     * markers. They must appear together, as {@link ServerProcess} puts them right after the java
     * binary: that copes with spaces in the home path, and with the JDK reading only the first 4
     * KiB of {@code /proc/<pid>/cmdline} (longer command lines have no separate arguments).
     */
    static boolean isMarked(String commandLine, Path home, String process) {
        return (commandLine + " ")
                .contains(" " + String.join(" ", jvmOptions(home, process)) + " ");
    }

    /** The live process with this pid, if it is {@code process} of the stack in {@code home}. */
    static Optional<ProcessHandle> findMarked(long pid, Path home, String process) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(
                        handle ->
                                // No command line visible (another user's process): not ours.
                                handle.info()
                                        .commandLine()
                                        .map(line -> isMarked(line, home, process))
                                        .orElse(false));
    }
}
