package io.tradestream.rules.expr;

import io.tradestream.rules.expr.FunctionSpec.Parameter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The functions the rule language knows, by name. */
final class Functions {
    /** The longest window {@code change_pct} may look back over. */
    static final long MAX_CHANGE_WINDOW_MILLIS = 3_600_000;

    private static final Map<String, FunctionSpec> BY_NAME = new TreeMap<>();

    static {
        register(new FunctionSpec("price", List.of(), args -> new NumberNode.Price(), false));
        register(new FunctionSpec("bid", List.of(), args -> new NumberNode.Bid(), true));
        register(new FunctionSpec("ask", List.of(), args -> new NumberNode.Ask(), true));
        register(new FunctionSpec("spread", List.of(), args -> new NumberNode.Spread(), true));
        register(
                new FunctionSpec(
                        "change_pct",
                        List.of(Parameter.window("window", 1_000, MAX_CHANGE_WINDOW_MILLIS)),
                        args -> new NumberNode.ChangePct((Long) args.get(0)),
                        false));
        register(
                new FunctionSpec(
                        "abs",
                        List.of(Parameter.number("x")),
                        args -> new NumberNode.Abs((NumberNode) args.get(0)),
                        false));
    }

    private Functions() {}

    private static void register(FunctionSpec spec) {
        BY_NAME.put(spec.name(), spec);
    }

    static FunctionSpec find(String name) {
        return BY_NAME.get(name);
    }

    /** The known names, sorted, for error messages. */
    static String knownNames() {
        return String.join(", ", BY_NAME.keySet());
    }
}
