package io.tradestream.model.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short durations users write in rules and settings: {@code 0}, {@code 30s}, {@code 10m}, etc.
 */
public final class Durations {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Durations() {}

    /**
     * Writes a duration the way users write it, in the largest exact unit: {@code 90_000} as {@code
     * 90s}, {@code 300_000} as {@code 5m}.
     */
    public static String format(long millis) {
        if (millis % DAY == 0) {
            return millis / DAY + "d";
        }
        if (millis % HOUR == 0) {
            return millis / HOUR + "h";
        }
        if (millis % MINUTE == 0) {
            return millis / MINUTE + "m";
        }
        if (millis % SECOND == 0) {
            return millis / SECOND + "s";
        }
        return millis + "ms";
    }

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
