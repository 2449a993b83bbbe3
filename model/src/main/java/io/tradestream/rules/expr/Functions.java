package io.tradestream.rules.expr;

import io.tradestream.rules.expr.FunctionSpec.Input;
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

    /** Sentiment is kept per minute, for the last hour. */
    static final long SENTIMENT_STEP_MILLIS = 60_000;

    static final long MAX_SENTIMENT_WINDOW_MILLIS = 3_600_000;

    private static final Map<String, FunctionSpec> BY_NAME = new TreeMap<>();

    static {
        register(
                new FunctionSpec("price", List.of(), Input.TRADES, args -> new NumberNode.Price()));
        register(new FunctionSpec("bid", List.of(), Input.QUOTES, args -> new NumberNode.Bid()));
        register(new FunctionSpec("ask", List.of(), Input.QUOTES, args -> new NumberNode.Ask()));
        register(
                new FunctionSpec(
                        "spread", List.of(), Input.QUOTES, args -> new NumberNode.Spread()));
        register(
                new FunctionSpec(
                        "change_pct",
                        List.of(
                                Parameter.window(
                                        "window",
                                        MIN_CHANGE_WINDOW_MILLIS,
                                        MAX_CHANGE_WINDOW_MILLIS)),
                        Input.TRADES,
                        args -> new NumberNode.ChangePct(args.window(0))));
        register(
                new FunctionSpec(
                        "sentiment",
                        List.of(sentimentWindow()),
                        Input.SENTIMENT,
                        args -> new NumberNode.Sentiment(args.window(0))));
        register(
                new FunctionSpec(
                        "tweet_count",
                        List.of(sentimentWindow()),
                        Input.SENTIMENT,
                        args -> new NumberNode.TweetCount(args.window(0))));
        register(
                new FunctionSpec(
                        "abs",
                        List.of(Parameter.number("x")),
                        Input.TRADES,
                        args -> new NumberNode.Abs(args.number(0))));
    }

    private Functions() {}

    private static Parameter sentimentWindow() {
        return Parameter.steppedWindow(
                "window",
                SENTIMENT_STEP_MILLIS,
                MAX_SENTIMENT_WINDOW_MILLIS,
                SENTIMENT_STEP_MILLIS);
    }

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
