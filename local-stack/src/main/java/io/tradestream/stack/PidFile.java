package io.tradestream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A file that holds the pid of one server process. */
final class PidFile {
    private final Path path;

    PidFile(Path path) {
        this.path = path;
    }

    void write(long pid) {
        try {
            Files.writeString(path, pid + System.lineSeparator(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    /** The pid, or empty if the file is missing or does not hold a number. */
    OptionalLong read() {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(path).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
