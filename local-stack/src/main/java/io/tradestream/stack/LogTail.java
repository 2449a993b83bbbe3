package io.tradestream.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of log files, for error messages. */
final class LogTail {
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {}

    /** The last {@code lines} lines of each existing, non-empty file, each under its name. */
    static String of(List<Path> files, int lines) {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            String tail = lastLines(file, lines);
            if (!tail.isEmpty()) {
                text.append("\n--- last lines of ").append(file).append(" ---\n").append(tail);
            }
        }
        return text.toString();
    }

    static String lastLines(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            int end = all.length;
            if (end > 0 && all[end - 1].isEmpty()) {
                end--;
            }
            // The first line may be cut when the file is larger than MAX_BYTES: skip it.
            int from = Math.max(start > 0 ? 1 : 0, end - lines);
            return String.join("\n", Arrays.asList(all).subList(Math.min(from, end), end))
                    + (end > from ? "\n" : "");
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")\n";
        }
    }
}
