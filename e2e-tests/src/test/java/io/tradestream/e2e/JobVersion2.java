package io.tradestream.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Version 2 of the job jar, for the savepoint upgrade test: today's jar with a change to the
 * strategies' position accounting that adds a field to a state type. {@code Position} (held in the
 * rule engine's {@code strategy-books} state inside each {@code StrategyBook}) gains {@code
 * peakQuantity}, the most shares a position has held, kept up to date by {@code Position.apply}.
 *
 * <p>The change is made as a developer would make it: to the source of {@code Position} in this
 * repository, compiled against the version 1 jar, and the class replaced in a copy of that jar.
 */
final class JobVersion2 {
    static final String CHANGED_CLASS = "io/tradestream/model/trading/Position";

    private JobVersion2() {}

    /** Builds the version 2 jar from {@code version1} into {@code folder} and returns its path. */
    static Path build(Path version1, Path repository, Path folder) throws IOException {
        Path source = repository.resolve("model/src/main/java/" + CHANGED_CLASS + ".java");
        Path sources = folder.resolve("src/" + CHANGED_CLASS + ".java");
        Files.createDirectories(sources.getParent());
        Files.writeString(sources, changed(Files.readString(source)));

        Path classes = Files.createDirectories(folder.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled =
                javac.getTask(
                                errors,
                                null,
                                null,
                                List.of(
                                        "-classpath",
                                        version1.toString(),
                                        "-d",
                                        classes.toString(),
                                        "--release",
                                        "17"),
                                null,
                                javac.getStandardFileManager(null, null, null)
                                        .getJavaFileObjects(sources))
                        .call();
        if (!compiled) {
            throw new IllegalStateException("version 2 of Position does not compile:\n" + errors);
        }

        Path version2 = folder.resolve("tradestream-job-v2.jar");
        Path changedClass = classes.resolve(CHANGED_CLASS + ".class");
        try (JarFile jar = new JarFile(version1.toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(version2))) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                out.putNextEntry(new JarEntry(entry.getName()));
                if (entry.getName().equals(CHANGED_CLASS + ".class")) {
                    Files.copy(changedClass, out);
                } else {
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return version2;
    }

    /** Version 2 of {@code Position.java}: the new field and the line that keeps it. */
    static String changed(String position) {
        String withField =
                replaceOnce(
                        position,
                        "    public long fillCount;\n",
                        "    public long fillCount;\n\n"
                                + "    /** The most shares held at once, long or short. */\n"
                                + "    public long peakQuantity;\n");
        return replaceOnce(
                withField,
                "        quantity += signedFill;\n",
                "        quantity += signedFill;\n"
                        + "        peakQuantity = Math.max(peakQuantity, Math.abs(quantity));\n");
    }

    private static String replaceOnce(String text, String anchor, String replacement) {
        int at = text.indexOf(anchor);
        if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
            throw new IllegalStateException(
                    "Position.java no longer has exactly one '"
                            + anchor.strip()
                            + "': update the version 2 change of the upgrade test");
        }
        return text.substring(0, at) + replacement + text.substring(at + anchor.length());
    }
}
