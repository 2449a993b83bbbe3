package io.tradestream.rules.expr;

import io.tradestream.model.rules.Durations;
import io.tradestream.rules.expr.FunctionSpec.Parameter;

/** Writes window lengths the way users write them. */
final class WindowFormat {
    private static final long PREFERRED_EXAMPLE_MILLIS = 5 * 60_000;

    private WindowFormat() {}

    /** {@code 90_000} as {@code 90s}, {@code 300_000} as {@code 5m}: the largest exact unit. */
    static String format(long millis) {
        return Durations.format(millis);
    }

    /** A window the parameter accepts, for hints: 5m unless that is out of its bounds. */
    static String example(Parameter parameter) {
        return format(
                Math.max(
                        parameter.minWindowMillis(),
                        Math.min(PREFERRED_EXAMPLE_MILLIS, parameter.maxWindowMillis())));
    }
}
