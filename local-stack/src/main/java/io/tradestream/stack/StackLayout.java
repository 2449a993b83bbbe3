package io.tradestream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folders of a stack's work home.
 *
 * <pre>
 * logs/  every server's log and its stdout/stderr (&lt;process&gt;.out)
 * run/   pid files and stack.properties (how another process attaches)
 * conf/  configuration generated at each start, per component
 * data/  Kafka and Cassandra data, Flink checkpoints and savepoints
 * tmp/   java.io.tmpdir and the servers' scratch folders; deleted on stop
 * </pre>
 */
public final class StackLayout {
    private final Path home;

    public StackLayout(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    public Path home() {
        return home;
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path run() {
        return home.resolve("run");
    }

    public Path conf() {
        return home.resolve("conf");
    }

    public Path data() {
        return home.resolve("data");
    }

    public Path tmp() {
        return home.resolve("tmp");
    }

    public Path stackProperties() {
        return run().resolve("stack.properties");
    }

    public Path pidFile(String process) {
        return run().resolve(process + ".pid");
    }

    /** Where the process's stdout and stderr go. */
    public Path outFile(String process) {
        return logs().resolve(process + ".out");
    }

    public Path logFile(String process) {
        return logs().resolve(process + ".log");
    }

    /** Creates the folders (except tmp/, which each server creates for itself). */
    void create() {
        for (Path folder : new Path[] {logs(), run(), conf(), data()}) {
            createDirectories(folder);
        }
    }

    /**
     * Deletes the stack's folders, and the home if that leaves it empty. Only the stack's own
     * folders: a home given by mistake (say, a user's home folder) loses nothing else.
     */
    void purge() {
        for (Path folder : new Path[] {logs(), run(), conf(), data(), tmp()}) {
            deleteRecursively(folder);
        }
        if (!Files.isDirectory(home)) {
            return;
        }
        try (Stream<Path> left = Files.list(home)) {
            if (left.findAny().isEmpty()) {
                Files.delete(home);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + home, e);
        }
    }

    static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    /** Writes a (generated) text file, creating its folder. */
    static void writeFile(Path file, String text) {
        createDirectories(file.getParent());
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing happens if it does not exist. */
    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
