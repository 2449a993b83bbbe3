package io.tradestream.rules.expr;

import java.util.List;

/**
 * A function of the rule language: how users write it, the kinds of its arguments (their number is
 * its arity) and how to build its node once the arguments are checked. Adding an indicator is
 * adding one spec to {@link Functions}.
 *
 * @param input the market input its value depends on, so the engine knows which updates can change
 *     a condition
 */
record FunctionSpec(String name, List<Parameter> parameters, Input input, Factory factory) {

    /**
     * What a function reads: trades (and their price history), one-minute bars built from trades,
     * quotes, or tweet sentiment.
     */
    enum Input {
        TRADES,
        BARS,
        QUOTES,
        SENTIMENT
    }

    FunctionSpec {
        parameters = List.copyOf(parameters);
    }

    /** Builds the function's node from arguments already checked against its parameters. */
    @FunctionalInterface
    interface Factory {
        NumberNode create(Arguments arguments);
    }

    /**
     * One parameter. A window is written as a duration ({@code 5m}), must lie within {@code [min,
     * max]} milliseconds and be a whole multiple of {@code step}; a count is a whole number within
     * {@code [min, max]}; a constant is a number literal within {@code [minValue, maxValue]}; a
     * number is any numeric expression.
     */
    record Parameter(
            String name,
            Kind kind,
            long min,
            long max,
            long step,
            double minValue,
            double maxValue) {

        enum Kind {
            WINDOW,
            COUNT,
            CONSTANT,
            NUMBER
        }

        static Parameter window(String name, long minMillis, long maxMillis) {
            return new Parameter(name, Kind.WINDOW, minMillis, maxMillis, 1, 0, 0);
        }

        /** A window counted in whole steps, e.g. minutes for data kept per minute. */
        static Parameter steppedWindow(String name, long minMillis, long maxMillis, long step) {
            return new Parameter(name, Kind.WINDOW, minMillis, maxMillis, step, 0, 0);
        }

        static Parameter count(String name, long min, long max) {
            return new Parameter(name, Kind.COUNT, min, max, 1, 0, 0);
        }

        static Parameter constant(String name, double minValue, double maxValue) {
            return new Parameter(name, Kind.CONSTANT, 0, 0, 1, minValue, maxValue);
        }

        static Parameter number(String name) {
            return new Parameter(name, Kind.NUMBER, 0, 0, 1, 0, 0);
        }

        /** A value the parameter accepts, as users write it, for hints. */
        String example() {
            return switch (kind) {
                case WINDOW -> WindowFormat.example(this);
                case COUNT -> Long.toString(Math.max(min, Math.min(14, max)));
                case CONSTANT -> WindowFormat.number(Math.max(minValue, Math.min(2, maxValue)));
                case NUMBER -> "price";
            };
        }
    }

    int arity() {
        return parameters.size();
    }

    /** A call users can copy, e.g. {@code change_pct(5m)}, for hints in error messages. */
    String example() {
        if (parameters.isEmpty()) {
            return name;
        }
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < parameters.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(parameters.get(i).example());
        }
        return text.append(')').toString();
    }
}
