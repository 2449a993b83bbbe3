package io.tradestream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Runs Flink's {@code BashJavaUtils} to get a process's {@link FlinkMemoryFlags}, and caches the
 * answer on disk: each run starts a JVM and costs seconds, and the answer depends only on the
 * memory configuration and the Flink version.
 */
final class FlinkMemoryCalculator {
    enum Role {
        JOBMANAGER("GET_JM_RESOURCE_PARAMS"),
        TASKMANAGER("GET_TM_RESOURCE_PARAMS");

        private final String command;

        Role(String command) {
            this.command = command;
        }
    }

    private final Path lib;
    private final Path confDir;
    private final Path cacheDir;
    private final Path tmpDir;

    /**
     * @param confDir the folder of the config.yaml to compute from
     * @param cacheDir where answers are kept, one file per cache key and process
     */
    FlinkMemoryCalculator(Path lib, Path confDir, Path cacheDir, Path tmpDir) {
        this.lib = lib;
        this.confDir = confDir;
        this.cacheDir = cacheDir;
        this.tmpDir = tmpDir;
    }

    /**
     * The flags for a {@code role}. {@code cacheKey} must change whenever the answer could: it is
     * derived from everything in the configuration except addresses, ports and folders.
     */
    FlinkMemoryFlags flags(Role role, String cacheKey) {
        Path cached =
                cacheDir.resolve(cacheKey + "-" + role.name().toLowerCase(Locale.ROOT) + ".txt");
        try {
            if (Files.isRegularFile(cached)) {
                return FlinkMemoryFlags.parse(Files.readString(cached));
            }
            JvmTask.Result result =
                    JvmTask.run(
                            new JvmCommand(lib, "org.apache.flink.runtime.util.bash.BashJavaUtils")
                                    .arguments(role.command, "--configDir", confDir.toString()),
                            Map.of(),
                            tmpDir,
                            Duration.ofSeconds(60));
            if (!result.succeeded()) {
                throw new StackException(
                        "Flink's BashJavaUtils "
                                + role.command
                                + " failed (exit code "
                                + result.exitCode()
                                + "):\n"
                                + result.output());
            }
            FlinkMemoryFlags flags = FlinkMemoryFlags.parse(result.output());
            StackLayout.writeFile(cached, result.output());
            return flags;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + cached, e);
        }
    }

    /** A cache key: SHA-256 of the texts, in order. */
    static String cacheKey(String... texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
