package io.tradestream.job.io;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a secret is kept: a file or an environment variable. Only the location is serialized with
 * the job graph; {@link #read()} fetches the value where the client that needs it is built.
 */
record SecretSource(Kind kind, String location) implements Serializable {
    enum Kind {
        FILE,
        ENVIRONMENT_VARIABLE
    }

    /**
     * The source that one of two settings names: {@code fileSetting} (a path) or {@code envSetting}
     * (a variable name); empty if neither is set.
     *
     * @throws IllegalArgumentException if both are set, or the file's path is relative
     */
    static Optional<SecretSource> of(
            String fileSetting, String file, String envSetting, String variable) {
        if (!file.isEmpty() && !variable.isEmpty()) {
            throw new IllegalArgumentException(
                    "set --" + fileSetting + " or --" + envSetting + ", not both");
        }
        if (!file.isEmpty()) {
            // Read by other processes (TaskManagers), whose working folders differ.
            if (!Path.of(file).isAbsolute()) {
                throw new IllegalArgumentException(
                        "--" + fileSetting + " must be an absolute path, got " + file);
            }
            return Optional.of(new SecretSource(Kind.FILE, file));
        }
        if (!variable.isEmpty()) {
            return Optional.of(new SecretSource(Kind.ENVIRONMENT_VARIABLE, variable));
        }
        return Optional.empty();
    }

    /**
     * The secret: the file's content without surrounding whitespace (a trailing newline is not part
     * of a password), or the variable's value.
     *
     * @throws IllegalStateException naming the file or variable (never a value) if there is none
     */
    String read() {
        if (kind == Kind.FILE) {
            try {
                return Files.readString(Path.of(location), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the secret in " + describe(), e);
            }
        }
        String value = System.getenv(location);
        if (value == null) {
            throw new IllegalStateException(describe() + " is not set");
        }
        return value;
    }

    /** For messages: {@code file /run/secrets/x} or {@code environment variable NAME}. */
    String describe() {
        return (kind == Kind.FILE ? "file " : "environment variable ") + location;
    }
}
