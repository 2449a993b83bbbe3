package io.tradestream.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the migration scripts of a folder, on the classpath or on disk, and returns them in version
 * order.
 *
 * <p>Every {@code .cql} file of the folder must be a migration: a misnamed one (say {@code
 * V2_fills.cql}) fails the load instead of being skipped silently. Two files with the same version
 * fail too. Other files and subfolders are ignored.
 */
public final class MigrationLoader {

    /** Where the project's migrations live on the classpath. */
    public static final String DEFAULT_LOCATION = "cassandra/migrations";

    private MigrationLoader() {}

    /** The project's migrations, from {@link #DEFAULT_LOCATION}. */
    public static List<Migration> fromClasspath() {
        return fromClasspath(DEFAULT_LOCATION, MigrationLoader.class.getClassLoader());
    }

    /**
     * The migrations in classpath folder {@code location}, from every classpath entry that has it
     * (folders and jars).
     *
     * @throws IllegalArgumentException if there are none, or a file is misnamed or malformed
     */
    public static List<Migration> fromClasspath(String location, ClassLoader classLoader) {
        Map<String, String> scripts = new HashMap<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(location))) {
                readScripts(url, location, scripts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations at classpath:" + location, e);
        }
        if (scripts.isEmpty()) {
            throw new IllegalArgumentException("no migrations found at classpath:" + location);
        }
        return parseAll(scripts);
    }

    /**
     * The migrations in a folder on disk.
     *
     * @throws IllegalArgumentException if there are none, or a file is misnamed or malformed
     */
    public static List<Migration> fromDirectory(Path directory) {
        Map<String, String> scripts = new HashMap<>();
        try {
            readDirectory(directory, scripts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations in " + directory, e);
        }
        if (scripts.isEmpty()) {
            throw new IllegalArgumentException("no migrations found in " + directory);
        }
        return parseAll(scripts);
    }

    /**
     * Parses scripts given by file name and orders them by version.
     *
     * @throws IllegalArgumentException if a name is not a migration name, a script is malformed, or
     *     two files have the same version
     */
    public static List<Migration> parseAll(Map<String, String> scriptsByFileName) {
        TreeMap<Integer, Migration> byVersion = new TreeMap<>();
        List<String> names = new ArrayList<>(scriptsByFileName.keySet());
        names.sort(Comparator.naturalOrder());
        for (String name : names) {
            Migration migration = Migration.parse(name, scriptsByFileName.get(name));
            Migration clash = byVersion.putIfAbsent(migration.version(), migration);
            if (clash != null) {
                throw new IllegalArgumentException(
                        "two migrations have version "
                                + migration.version()
                                + ": "
                                + clash.source()
                                + " and "
                                + name);
            }
        }
        return List.copyOf(byVersion.values());
    }

    private static void readScripts(URL url, String location, Map<String, String> scripts)
            throws IOException {
        switch (url.getProtocol()) {
            case "file" -> readDirectory(toPath(url), scripts);
            case "jar" -> readJar(url, location, scripts);
            default ->
                    throw new IllegalArgumentException(
                            "cannot list migrations at " + url + ": unsupported classpath entry");
        }
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad classpath folder " + url, e);
        }
    }

    private static void readDirectory(Path directory, Map<String, String> scripts)
            throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (isScript(name) && Files.isRegularFile(file)) {
                    put(scripts, name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void readJar(URL url, String location, Map<String, String> scripts)
            throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        // A cached JarFile would be shared with the class loader, which must not see it closed.
        connection.setUseCaches(false);
        String prefix = location.endsWith("/") ? location : location + "/";
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String rest =
                        entry.getName().startsWith(prefix)
                                ? entry.getName().substring(prefix.length())
                                : "";
                if (!entry.isDirectory() && !rest.contains("/") && isScript(rest)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        put(scripts, rest, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    private static boolean isScript(String fileName) {
        return fileName.endsWith(".cql");
    }

    private static void put(Map<String, String> scripts, String name, String script) {
        if (scripts.putIfAbsent(name, script) != null && !scripts.get(name).equals(script)) {
            throw new IllegalArgumentException(
                    "migration " + name + " is on the classpath twice with different content");
        }
    }
}
