package io.tradestream.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The TradeStream source tree, where the servers' classpaths ({@code
 * local-stack-runtime/<name>/target/lib}) and the Flink configuration ({@code flink-conf/}) are.
 */
public final class Repository {
    static final String PROPERTY = "tradestream.repo";
    static final String ENV = "TRADESTREAM_REPO";
    private static final String MARKER = "local-stack-runtime";

    private final Path root;

    public Repository(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Finds the repository: system property {@code tradestream.repo}, else environment variable
     * {@code TRADESTREAM_REPO}, else the nearest folder above the working directory that contains
     * {@code local-stack-runtime/}.
     */
    public static Repository locate() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENV));
        if (configured != null && !configured.isBlank()) {
            return new Repository(Path.of(configured));
        }
        Path start = Path.of("").toAbsolutePath();
        return findAbove(start)
                .map(Repository::new)
                .orElseThrow(
                        () ->
                                new StackException(
                                        "Cannot find the TradeStream repository: no folder above "
                                                + start
                                                + " contains "
                                                + MARKER
                                                + "/. Set -D"
                                                + PROPERTY
                                                + " or "
                                                + ENV
                                                + "."));
    }

    static Optional<Path> findAbove(Path start) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(MARKER))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    /** The folder of the component's server jars; fails with how to build it when it is missing. */
    public Path runtimeLib(Component component) {
        Path lib = root.resolve(MARKER).resolve(component.id()).resolve("target").resolve("lib");
        boolean hasJars;
        try (var files = Files.list(lib)) {
            hasJars = files.anyMatch(file -> file.toString().endsWith(".jar"));
        } catch (IOException e) {
            hasJars = false;
        }
        if (!hasJars) {
            throw new StackException(
                    "The "
                            + component.id()
                            + " server's classpath is missing: no jars in "
                            + lib
                            + ". Build it first: cd "
                            + root
                            + " && mvn -DskipTests install (or only this server: mvn -DskipTests"
                            + " install -pl "
                            + MARKER
                            + "/"
                            + component.id()
                            + ")");
        }
        return lib;
    }

    /** The production Flink configuration folder (config.yaml and the log4j files). */
    public Path flinkConf() {
        return root.resolve("flink-conf");
    }
}
