package io.tradestream.rules.expr;

import io.tradestream.model.rules.Durations;
import io.tradestream.rules.expr.FunctionSpec.Parameter;
import java.math.BigDecimal;

/** Writes window lengths and numbers the way users write them. */
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
                Math.max(parameter.min(), Math.min(PREFERRED_EXAMPLE_MILLIS, parameter.max())));
    }

    /** {@code 2.0} as {@code 2}, {@code 0.5} as {@code 0.5}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
