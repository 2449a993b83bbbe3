package io.tradestream.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The log files of a stack: listing, printing and following them. */
final class LogFiles {
    private static final long FOLLOW_POLL_MILLIS = 500;

    private final Path logs;

    LogFiles(Path logs) {
        this.logs = logs;
    }

    List<Path> list() {
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + logs, e);
        }
    }

    /** The log of {@code name}: a process name (e.g. {@code kafka}) or a file name in logs/. */
    Optional<Path> find(String name) {
        for (Path candidate : List.of(logs.resolve(name + ".log"), logs.resolve(name))) {
            if (Files.isRegularFile(candidate) && candidate.getParent().equals(logs)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Copies the file to {@code out}; with {@code follow}, keeps copying what is appended until the
     * thread is interrupted (Ctrl-C ends the JVM).
     */
    static void print(Path file, boolean follow, PrintStream out) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                if (in.length() < in.getFilePointer()) {
                    in.seek(0); // the file was truncated or rolled over
                }
                int read = in.read(buffer);
                if (read > 0) {
                    out.write(buffer, 0, read);
                    continue;
                }
                out.flush();
                if (!follow) {
                    return;
                }
                Thread.sleep(FOLLOW_POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
