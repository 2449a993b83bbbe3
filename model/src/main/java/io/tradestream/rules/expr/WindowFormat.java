package io.tradestream.rules.expr;

import io.tradestream.rules.expr.FunctionSpec.Parameter;

/** Writes window lengths the way users write them. */
final class WindowFormat {
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private WindowFormat() {}

    /** {@code 90_000} as {@code 90s}, {@code 300_000} as {@code 5m}: the largest exact unit. */
    static String format(long millis) {
        if (millis % DAY == 0) {
            return millis / DAY + "d";
        }
        if (millis % HOUR == 0) {
            return millis / HOUR + "h";
        }
        if (millis % MINUTE == 0) {
            return millis / MINUTE + "m";
        }
        return millis / SECOND + "s";
    }

    /** A window the parameter accepts, for hints: 5m unless that is out of its bounds. */
    static String example(Parameter parameter) {
        long preferred = 5 * MINUTE;
        return format(
                Math.max(
                        parameter.minWindowMillis(),
                        Math.min(preferred, parameter.maxWindowMillis())));
    }
}
