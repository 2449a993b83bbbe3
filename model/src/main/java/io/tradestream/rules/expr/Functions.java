package io.tradestream.rules.expr;

import io.tradestream.rules.expr.FunctionSpec.Input;
import io.tradestream.rules.expr.FunctionSpec.Parameter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/** The registry of the functions the rule language knows, by name. */
final class Functions {
    /** The shortest window {@code change_pct} may look back over. */
    static final long MIN_CHANGE_WINDOW_MILLIS = 1_000;

    /** The longest window {@code change_pct} may look back over in this release. */
    static final long MAX_CHANGE_WINDOW_MILLIS = 3_600_000;

    /** Sentiment is kept per minute, for the last hour. */
    static final long SENTIMENT_STEP_MILLIS = 60_000;

    static final long MAX_SENTIMENT_WINDOW_MILLIS = 3_600_000;

    /** Bar functions take windows of whole minutes up to this long. */
    static final long MAX_BAR_WINDOW_MILLIS = 4 * 3_600_000;

    /** {@code ema} smooths over four times its window, so its window is shorter. */
    static final long MAX_EMA_WINDOW_MILLIS = 3_600_000;

    static final int MIN_RSI_PERIODS = 2;
    static final int MAX_RSI_PERIODS = 50;

    /** Bollinger band widths, in standard deviations. */
    static final double MIN_BAND_WIDTH = 0.1;

    static final double MAX_BAND_WIDTH = 10;

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
        registerBarFunction("volume", MAX_BAR_WINDOW_MILLIS, NumberNode.Volume::new);
        registerBarFunction("vwap", MAX_BAR_WINDOW_MILLIS, NumberNode.Vwap::new);
        registerBarFunction("sma", MAX_BAR_WINDOW_MILLIS, NumberNode.Sma::new);
        registerBarFunction("ema", MAX_EMA_WINDOW_MILLIS, NumberNode.Ema::new);
        registerBarFunction("volatility", MAX_BAR_WINDOW_MILLIS, NumberNode.Volatility::new);
        register(
                new FunctionSpec(
                        "rsi",
                        List.of(Parameter.count("periods", MIN_RSI_PERIODS, MAX_RSI_PERIODS)),
                        Input.BARS,
                        args -> new NumberNode.Rsi(args.count(0))));
        registerBollinger("bollinger_upper", 1);
        registerBollinger("bollinger_lower", -1);
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

    private static void registerBarFunction(
            String name, long maxWindowMillis, LongFunction<NumberNode> node) {
        register(
                new FunctionSpec(
                        name,
                        List.of(barWindow(maxWindowMillis)),
                        Input.BARS,
                        args -> node.apply(args.window(0))));
    }

    private static void registerBollinger(String name, int side) {
        register(
                new FunctionSpec(
                        name,
                        List.of(
                                barWindow(MAX_BAR_WINDOW_MILLIS),
                                Parameter.constant("width", MIN_BAND_WIDTH, MAX_BAND_WIDTH)),
                        Input.BARS,
                        args ->
                                new NumberNode.Bollinger(
                                        name, args.window(0), side * args.constant(1))));
    }

    private static Parameter barWindow(long maxWindowMillis) {
        return Parameter.steppedWindow(
                "window", MarketView.BAR_MILLIS, maxWindowMillis, MarketView.BAR_MILLIS);
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
