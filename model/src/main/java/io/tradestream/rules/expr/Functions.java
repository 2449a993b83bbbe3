package io.tradestream.rules.expr;

import io.tradestream.rules.expr.FunctionSpec.Parameter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The registry of the functions the rule language knows, by name. */
final class Functions {
    /** The shortest window {@code change_pct} may look back over. */
    static final long MIN_CHANGE_WINDOW_MILLIS = 1_000;

    /** The longest window {@code change_pct} may look back over in this release. */
    static final long MAX_CHANGE_WINDOW_MILLIS = 3_600_000;

    private static final Map<String, FunctionSpec> BY_NAME = new TreeMap<>();

    static {
        register(new FunctionSpec("price", List.of(), false, args -> new NumberNode.Price()));
        register(new FunctionSpec("bid", List.of(), true, args -> new NumberNode.Bid()));
        register(new FunctionSpec("ask", List.of(), true, args -> new NumberNode.Ask()));
        register(new FunctionSpec("spread", List.of(), true, args -> new NumberNode.Spread()));
        register(
                new FunctionSpec(
                        "change_pct",
                        List.of(
                                Parameter.window(
                                        "window",
                                        MIN_CHANGE_WINDOW_MILLIS,
                                        MAX_CHANGE_WINDOW_MILLIS)),
                        false,
                        args -> new NumberNode.ChangePct(args.window(0))));
        register(
                new FunctionSpec(
                        "abs",
                        List.of(Parameter.number("x")),
                        false,
                        args -> new NumberNode.Abs(args.number(0))));
    }

    private Functions() {}

    private static void register(FunctionSpec spec) {
        BY_NAME.put(spec.name(), spec);
    }

    /** The function called {@code name}, or null if there is none. */
    static FunctionSpec find(String name) {
        return BY_NAME.get(name);
    }

    /** The known names, sorted and comma-separated, for error messages. */
    static String knownNames() {
        return String.join(", ", BY_NAME.keySet());
    }
}
