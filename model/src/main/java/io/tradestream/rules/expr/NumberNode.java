package io.tradestream.rules.expr;

/**
 * A compiled numeric expression. Every implementation is a small final class holding only final
 * fields, so evaluating is a chain of direct calls on primitives: no allocation, no boxing. {@link
 * #toString()} renders the expression fully parenthesised, which shows how it was parsed.
 */
abstract class NumberNode {
    abstract double eval(MarketView view);

    /** One-minute bars this node looks back over, the current one included; 0 for none. */
    int barsNeeded() {
        return 0;
    }

    static final class Constant extends NumberNode {
        private final double value;

        Constant(double value) {
            this.value = value;
        }

        double value() {
            return value;
        }

        @Override
        double eval(MarketView view) {
            return value;
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    static final class Price extends NumberNode {
        @Override
        double eval(MarketView view) {
            return view.price();
        }

        @Override
        public String toString() {
            return "price";
        }
    }

    static final class Bid extends NumberNode {
        @Override
        double eval(MarketView view) {
            return view.bid();
        }

        @Override
        public String toString() {
            return "bid";
        }
    }

    static final class Ask extends NumberNode {
        @Override
        double eval(MarketView view) {
            return view.ask();
        }

        @Override
        public String toString() {
            return "ask";
        }
    }

    static final class Spread extends NumberNode {
        @Override
        double eval(MarketView view) {
            return view.ask() - view.bid();
        }

        @Override
        public String toString() {
            return "spread";
        }
    }

    /** A function of one window, such as {@code change_pct(5m)}. */
    abstract static class Windowed extends NumberNode {
        private final String name;
        final long windowMillis;

        Windowed(String name, long windowMillis) {
            this.name = name;
            this.windowMillis = windowMillis;
        }

        @Override
        public String toString() {
            return name + "(" + WindowFormat.format(windowMillis) + ")";
        }
    }

    static final class ChangePct extends Windowed {
        ChangePct(long windowMillis) {
            super("change_pct", windowMillis);
        }

        @Override
        double eval(MarketView view) {
            return view.changePct(windowMillis);
        }
    }

    static final class Sentiment extends Windowed {
        Sentiment(long windowMillis) {
            super("sentiment", windowMillis);
        }

        @Override
        double eval(MarketView view) {
            return view.sentiment(windowMillis);
        }
    }

    static final class TweetCount extends Windowed {
        TweetCount(long windowMillis) {
            super("tweet_count", windowMillis);
        }

        @Override
        double eval(MarketView view) {
            return view.tweetCount(windowMillis);
        }
    }

    /** A function of the one-minute bars that fit in its window, such as {@code sma(20m)}. */
    abstract static class OverBars extends Windowed {
        final int bars;

        OverBars(String name, long windowMillis) {
            super(name, windowMillis);
            bars = (int) (windowMillis / MarketView.BAR_MILLIS);
        }

        @Override
        int barsNeeded() {
            return bars;
        }
    }

    static final class Volume extends OverBars {
        Volume(long windowMillis) {
            super("volume", windowMillis);
        }

        @Override
        double eval(MarketView view) {
            return view.volume(bars);
        }
    }

    static final class Vwap extends OverBars {
        Vwap(long windowMillis) {
            super("vwap", windowMillis);
        }

        @Override
        double eval(MarketView view) {
            return view.vwap(bars);
        }
    }

    static final class Sma extends OverBars {
        Sma(long windowMillis) {
            super("sma", windowMillis);
        }

        @Override
        double eval(MarketView view) {
            return view.sma(bars);
        }
    }

    static final class Ema extends OverBars {
        Ema(long windowMillis) {
            super("ema", windowMillis);
        }

        @Override
        int barsNeeded() {
            return bars * MarketView.EMA_SPAN;
        }

        @Override
        double eval(MarketView view) {
            return view.ema(bars);
        }
    }

    static final class Volatility extends OverBars {
        Volatility(long windowMillis) {
            super("volatility", windowMillis);
        }

        /** n returns need n + 1 closes. */
        @Override
        int barsNeeded() {
            return bars + 1;
        }

        @Override
        double eval(MarketView view) {
            return view.volatility(bars);
        }
    }

    /** {@code bollinger_upper(w, k)} or, with a negative {@code k}, {@code bollinger_lower}. */
    static final class Bollinger extends OverBars {
        private final double k;

        Bollinger(String name, long windowMillis, double k) {
            super(name, windowMillis);
            this.k = k;
        }

        @Override
        double eval(MarketView view) {
            return view.bollinger(bars, k);
        }

        @Override
        public String toString() {
            String window = super.toString();
            return window.substring(0, window.length() - 1)
                    + ", "
                    + WindowFormat.number(Math.abs(k))
                    + ")";
        }
    }

    /** Wilder's RSI over {@code periods} one-minute changes. */
    static final class Rsi extends NumberNode {
        private final int periods;

        Rsi(int periods) {
            this.periods = periods;
        }

        /** Smoothing over EMA_SPAN times the periods needs that many changes, one bar more. */
        @Override
        int barsNeeded() {
            return periods * MarketView.EMA_SPAN + 1;
        }

        @Override
        double eval(MarketView view) {
            return view.rsi(periods);
        }

        @Override
        public String toString() {
            return "rsi(" + periods + ")";
        }
    }

    static final class Abs extends NumberNode {
        private final NumberNode argument;

        Abs(NumberNode argument) {
            this.argument = argument;
        }

        @Override
        double eval(MarketView view) {
            return Math.abs(argument.eval(view));
        }

        @Override
        public String toString() {
            return "abs(" + argument + ")";
        }
    }

    static final class Negate extends NumberNode {
        private final NumberNode operand;

        Negate(NumberNode operand) {
            this.operand = operand;
        }

        @Override
        double eval(MarketView view) {
            return -operand.eval(view);
        }

        @Override
        public String toString() {
            return "(-" + operand + ")";
        }
    }

    /** {@code left op right}; subclasses only say how to combine the two values. */
    abstract static class Binary extends NumberNode {
        private final String symbol;
        private final NumberNode left;
        private final NumberNode right;

        Binary(String symbol, NumberNode left, NumberNode right) {
            this.symbol = symbol;
            this.left = left;
            this.right = right;
        }

        abstract double apply(double a, double b);

        @Override
        final double eval(MarketView view) {
            return apply(left.eval(view), right.eval(view));
        }

        @Override
        public final String toString() {
            return "(" + left + " " + symbol + " " + right + ")";
        }
    }

    static final class Add extends Binary {
        Add(NumberNode left, NumberNode right) {
            super("+", left, right);
        }

        @Override
        double apply(double a, double b) {
            return a + b;
        }
    }

    static final class Subtract extends Binary {
        Subtract(NumberNode left, NumberNode right) {
            super("-", left, right);
        }

        @Override
        double apply(double a, double b) {
            return a - b;
        }
    }

    static final class Multiply extends Binary {
        Multiply(NumberNode left, NumberNode right) {
            super("*", left, right);
        }

        @Override
        double apply(double a, double b) {
            return a * b;
        }
    }

    /**
     * IEEE division: x / 0 is infinite and 0 / 0 is NaN, which every comparison treats as unknown.
     */
    static final class Divide extends Binary {
        Divide(NumberNode left, NumberNode right) {
            super("/", left, right);
        }

        @Override
        double apply(double a, double b) {
            return a / b;
        }
    }
}
