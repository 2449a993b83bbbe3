package io.tradestream.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and merges a YAML file written as flat {@code key: value} lines, the form of
 * flink-conf/config.yaml. Comments and blank lines are kept, so a merged file stays readable.
 */
final class FlatYaml {
    private static final String INDICATORS = "!&*{}[]|>'\"%@`#,?";
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z0-9][\\w.\\-]*):\\s*(.*)$");

    private FlatYaml() {}

    /** The entries, in file order. Fails on any line that is not a flat entry or a comment. */
    static Map<String, String> parse(List<String> lines) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isBlankOrComment(line)) {
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + " is not a flat 'key: value' entry: " + line);
            }
            entries.put(entry.group(1), value(entry.group(2)));
        }
        return entries;
    }

    /**
     * The lines with each overridden key's value replaced in place; overrides of keys the file does
     * not have are appended under a comment.
     */
    static List<String> merge(List<String> lines, Map<String, String> overrides, String comment) {
        parse(lines); // fails early on a line this simple merge would not understand
        Map<String, String> remaining = new LinkedHashMap<>(overrides);
        List<String> merged = new ArrayList<>();
        for (String line : lines) {
            Matcher entry = ENTRY.matcher(line);
            if (!isBlankOrComment(line)
                    && entry.matches()
                    && remaining.containsKey(entry.group(1))) {
                String key = entry.group(1);
                merged.add(format(key, remaining.remove(key)));
            } else {
                merged.add(line);
            }
        }
        if (!remaining.isEmpty()) {
            while (!merged.isEmpty() && merged.get(merged.size() - 1).isBlank()) {
                merged.remove(merged.size() - 1);
            }
            merged.add("");
            merged.add("# " + comment);
            remaining.forEach((key, value) -> merged.add(format(key, value)));
        }
        return merged;
    }

    static String format(String key, String value) {
        return key + ": " + quoteIfNeeded(value);
    }

    // Plain scalars cannot hold ": " or " #", nor start with YAML indicators; quote those.
    static String quoteIfNeeded(String value) {
        boolean plain =
                !value.isEmpty()
                        && value.equals(value.strip())
                        && !value.contains(": ")
                        && !value.contains(" #")
                        && !value.endsWith(":")
                        && !value.startsWith("- ")
                        && INDICATORS.indexOf(value.charAt(0)) < 0;
        return plain ? value : "'" + value.replace("'", "''") + "'";
    }

    private static String value(String text) {
        String value = text.strip();
        if (!value.startsWith("'") && !value.startsWith("\"")) {
            int comment = value.indexOf(" #");
            return comment < 0 ? value : value.substring(0, comment).strip();
        }
        return unquote(value);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static boolean isBlankOrComment(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() || trimmed.startsWith("#");
    }
}
