package io.tradestream.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The command line of a Java program run from a folder of jars, with the JVM of this process. */
final class JvmCommand {
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> arguments = new ArrayList<>();
    private final Path libDir;
    private final String mainClass;

    JvmCommand(Path libDir, String mainClass) {
        this.libDir = libDir;
        this.mainClass = mainClass;
    }

    JvmCommand jvmOptions(Collection<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    JvmCommand jvmOptions(String... options) {
        return jvmOptions(List.of(options));
    }

    JvmCommand arguments(Collection<String> args) {
        arguments.addAll(args);
        return this;
    }

    JvmCommand arguments(String... args) {
        return arguments(List.of(args));
    }

    String mainClass() {
        return mainClass;
    }

    /**
     * The full command. {@code leadingOptions} come first, right after the java binary, so that
     * they are easy to find in `ps` output, however long the command.
     */
    List<String> toList(List<String> leadingOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(leadingOptions);
        // No hsperfdata file in /tmp: it would stay behind whenever a JVM is killed with -9.
        command.add("-XX:+PerfDisableSharedMem");
        command.addAll(jvmOptions);
        command.add("-cp");
        // The JVM expands the wildcard itself; the command line stays short.
        command.add(libDir.resolve("*").toString());
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
