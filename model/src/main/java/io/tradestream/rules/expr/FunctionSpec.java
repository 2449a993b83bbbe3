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

    /** What a function reads: trades (and their price history), quotes, or tweet sentiment. */
    enum Input {
        TRADES,
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
     * One parameter. A window is written as a duration ({@code 5m}), must lie within {@code
     * [minWindowMillis, maxWindowMillis]} and be a whole multiple of {@code stepMillis}; a number
     * is any numeric expression.
     */
    record Parameter(
            String name,
            boolean window,
            long minWindowMillis,
            long maxWindowMillis,
            long stepMillis) {
        static Parameter window(String name, long minMillis, long maxMillis) {
            return new Parameter(name, true, minMillis, maxMillis, 1);
        }

        /** A window counted in whole steps, e.g. minutes for data kept per minute. */
        static Parameter steppedWindow(String name, long minMillis, long maxMillis, long step) {
            return new Parameter(name, true, minMillis, maxMillis, step);
        }

        static Parameter number(String name) {
            return new Parameter(name, false, 0, 0, 1);
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
            Parameter parameter = parameters.get(i);
            text.append(i == 0 ? "" : ", ")
                    .append(parameter.window() ? WindowFormat.example(parameter) : "price");
        }
        return text.append(')').toString();
    }
}
