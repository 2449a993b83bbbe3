package io.tradestream.model.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations users write in rules: {@code 0}, {@code 30s}, {@code 10m}, etc. */
public final class Durations {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private Durations() {}

    /**
     * @return the duration in milliseconds
     * @throws IllegalArgumentException with a message that shows the accepted format
     */
    public static long parseMillis(String text) {
        if ("0".equals(text)) {
            return 0;
        }
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "expected a duration such as 30s, 10m, 1h or 1d, got '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1_000L;
            case "m" -> amount * 60_000L;
            case "h" -> amount * 3_600_000L;
            default -> amount * 86_400_000L;
        };
    }
}
