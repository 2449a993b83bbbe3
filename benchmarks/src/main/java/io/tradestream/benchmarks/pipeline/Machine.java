package io.tradestream.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The machine and source a benchmark ran on, for its report. */
record Machine(
        String cpu,
        int cores,
        long memoryBytes,
        String os,
        String java,
        String revision,
        Instant at) {

    static Machine describe(Path repository) {
        return new Machine(
                procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal")
                        .map(kb -> Long.parseLong(kb.replaceAll("[^0-9]", "")) * 1024)
                        .orElse(-1L),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                revision(repository),
                Instant.now());
    }

    /** The value of the first {@code key: value} line of a {@code /proc} file. */
    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    /** {@code git describe --always --dirty}, or "unknown" without git. */
    private static String revision(Path repository) {
        try {
            Process git =
                    new ProcessBuilder("git", "describe", "--always", "--dirty")
                            .directory(repository.toFile())
                            .redirectErrorStream(true)
                            .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor() == 0 ? out.trim() : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
