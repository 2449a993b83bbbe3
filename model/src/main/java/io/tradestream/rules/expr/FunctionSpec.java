package io.tradestream.rules.expr;

import java.util.List;

/**
 * A function of the rule language: its name, its parameters and how to build its node. Adding an
 * indicator is adding one spec to {@link Functions}.
 *
 * @param name how users write it
 * @param parameters the kinds of its arguments, in order
 * @param build makes the node from the checked arguments
 * @param readsQuotes whether its value depends on the best bid and offer
 */
record FunctionSpec(String name, List<Parameter> parameters, Builder build, boolean readsQuotes) {

    /** A parameter: a time window within bounds, or any number. */
    record Parameter(String name, boolean window, long minMillis, long maxMillis) {
        static Parameter window(String name, long minMillis, long maxMillis) {
            return new Parameter(name, true, minMillis, maxMillis);
        }

        static Parameter number(String name) {
            return new Parameter(name, false, 0, 0);
        }
    }

    /** Builds a node from the arguments: a {@code Long} window or a {@link NumberNode}. */
    interface Builder {
        NumberNode build(List<Object> arguments);
    }

    boolean takesNoArguments() {
        return parameters.isEmpty();
    }
}
