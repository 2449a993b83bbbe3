package io.tradestream.rules.expr;

/**
 * A compiled true/false expression. {@code memory} holds, per crossing, the difference of its two
 * sides at the previous evaluation (NaN when unknown).
 *
 * <p>Every evaluation must move every crossing's memory forward, or a crossing inside a branch that
 * was skipped would later compare against a stale value and report a crossing that never happened
 * (or miss one). So {@code and}/{@code or} short-circuit only when their right side holds no
 * crossing; otherwise the compiler picks the eager variant, which always evaluates both sides.
 * {@link #hasCrossing()} lets it choose.
 */
abstract class ConditionNode {
    abstract boolean test(MarketView view, double[] memory);

    /** Whether a crossing, whose memory must see every evaluation, is inside this node. */
    abstract boolean hasCrossing();

    /** The price level this node compares against, if it is nothing but such a comparison. */
    PriceLevel priceLevel() {
        return null;
    }

    /**
     * The level of {@code price op constant} or {@code constant op price}, or null for any other
     * operands. {@code level} says what the operator means with the price on the left.
     */
    static PriceLevel levelOf(NumberNode left, NumberNode right, PriceLevelOf level) {
        if (left instanceof NumberNode.Price && right instanceof NumberNode.Constant constant) {
            return level.of(constant.value(), false);
        }
        if (left instanceof NumberNode.Constant constant && right instanceof NumberNode.Price) {
            return level.of(constant.value(), true);
        }
        return null;
    }

    /** The level an operator means, with the price on its left or, if reversed, on its right. */
    @FunctionalInterface
    interface PriceLevelOf {
        PriceLevel of(double threshold, boolean reversed);
    }

    /** {@code left and right}, short-circuiting only if that skips no crossing. */
    static ConditionNode and(ConditionNode left, ConditionNode right) {
        return right.hasCrossing() ? new EagerAnd(left, right) : new And(left, right);
    }

    /** {@code left or right}, short-circuiting only if that skips no crossing. */
    static ConditionNode or(ConditionNode left, ConditionNode right) {
        return right.hasCrossing() ? new EagerOr(left, right) : new Or(left, right);
    }

    /**
     * {@code left op right} on numbers. IEEE makes every comparison with NaN (a value not known
     * yet) false except {@code !=}; {@link NotEqual} adds that case so that unknown never matches.
     */
    abstract static class Comparison extends ConditionNode {
        private final String symbol;
        private final NumberNode left;
        private final NumberNode right;

        Comparison(String symbol, NumberNode left, NumberNode right) {
            this.symbol = symbol;
            this.left = left;
            this.right = right;
        }

        abstract boolean holds(double a, double b);

        /** What the comparison means as a price level; null if it is not one. */
        PriceLevel level(double threshold, boolean reversed) {
            return null;
        }

        @Override
        final PriceLevel priceLevel() {
            return levelOf(left, right, this::level);
        }

        @Override
        final boolean test(MarketView view, double[] memory) {
            return holds(left.eval(view), right.eval(view));
        }

        @Override
        final boolean hasCrossing() {
            return false;
        }

        @Override
        public final String toString() {
            return "(" + left + " " + symbol + " " + right + ")";
        }
    }

    static final class Greater extends Comparison {
        Greater(NumberNode left, NumberNode right) {
            super(">", left, right);
        }

        @Override
        PriceLevel level(double threshold, boolean reversed) {
            return new PriceLevel(!reversed, false, threshold);
        }

        @Override
        boolean holds(double a, double b) {
            return a > b;
        }
    }

    static final class GreaterEqual extends Comparison {
        GreaterEqual(NumberNode left, NumberNode right) {
            super(">=", left, right);
        }

        @Override
        PriceLevel level(double threshold, boolean reversed) {
            return new PriceLevel(!reversed, true, threshold);
        }

        @Override
        boolean holds(double a, double b) {
            return a >= b;
        }
    }

    static final class Less extends Comparison {
        Less(NumberNode left, NumberNode right) {
            super("<", left, right);
        }

        @Override
        PriceLevel level(double threshold, boolean reversed) {
            return new PriceLevel(reversed, false, threshold);
        }

        @Override
        boolean holds(double a, double b) {
            return a < b;
        }
    }

    static final class LessEqual extends Comparison {
        LessEqual(NumberNode left, NumberNode right) {
            super("<=", left, right);
        }

        @Override
        PriceLevel level(double threshold, boolean reversed) {
            return new PriceLevel(reversed, true, threshold);
        }

        @Override
        boolean holds(double a, double b) {
            return a <= b;
        }
    }

    static final class Equal extends Comparison {
        Equal(NumberNode left, NumberNode right) {
            super("==", left, right);
        }

        @Override
        boolean holds(double a, double b) {
            return a == b;
        }
    }

    static final class NotEqual extends Comparison {
        NotEqual(NumberNode left, NumberNode right) {
            super("!=", left, right);
        }

        @Override
        boolean holds(double a, double b) {
            // a < b || a > b is a != b with both sides known: false when either is NaN.
            return a < b || a > b;
        }
    }

    /**
     * {@code left crosses_* right}: compares the difference {@code left - right} now with the one
     * remembered in {@code memory[slot]} from the previous evaluation, then remembers the current
     * one (NaN included, so a gap in the data makes the next evaluation's previous unknown).
     */
    abstract static class Crossing extends ConditionNode {
        private final String symbol;
        private final NumberNode left;
        private final NumberNode right;
        private final int slot;

        Crossing(String symbol, NumberNode left, NumberNode right, int slot) {
            this.symbol = symbol;
            this.left = left;
            this.right = right;
            this.slot = slot;
        }

        /** False when either difference is NaN, by IEEE comparison. */
        abstract boolean crossed(double previous, double current);

        /** Crossing upwards with the price on the left; reversed, the price falls through. */
        abstract boolean upwards();

        @Override
        final PriceLevel priceLevel() {
            return levelOf(
                    left,
                    right,
                    (level, reversed) -> new PriceLevel(upwards() != reversed, false, level));
        }

        @Override
        final boolean test(MarketView view, double[] memory) {
            double previous = memory[slot];
            double current = left.eval(view) - right.eval(view);
            memory[slot] = current;
            return crossed(previous, current);
        }

        @Override
        final boolean hasCrossing() {
            return true;
        }

        @Override
        public final String toString() {
            return "(" + left + " " + symbol + " " + right + ")";
        }
    }

    /** From at or below to strictly above: touching the level is not crossing it. */
    static final class CrossesAbove extends Crossing {
        CrossesAbove(NumberNode left, NumberNode right, int slot) {
            super("crosses_above", left, right, slot);
        }

        @Override
        boolean upwards() {
            return true;
        }

        @Override
        boolean crossed(double previous, double current) {
            return previous <= 0 && current > 0;
        }
    }

    /** From at or above to strictly below. */
    static final class CrossesBelow extends Crossing {
        CrossesBelow(NumberNode left, NumberNode right, int slot) {
            super("crosses_below", left, right, slot);
        }

        @Override
        boolean upwards() {
            return false;
        }

        @Override
        boolean crossed(double previous, double current) {
            return previous >= 0 && current < 0;
        }
    }

    /** Two conditions joined by {@code and}/{@code or}; subclasses say how to evaluate them. */
    abstract static class Junction extends ConditionNode {
        private final String keyword;
        final ConditionNode left;
        final ConditionNode right;

        Junction(String keyword, ConditionNode left, ConditionNode right) {
            this.keyword = keyword;
            this.left = left;
            this.right = right;
        }

        @Override
        final boolean hasCrossing() {
            return left.hasCrossing() || right.hasCrossing();
        }

        @Override
        public final String toString() {
            return "(" + left + " " + keyword + " " + right + ")";
        }
    }

    /** Short-circuits: only for a right side without crossings. */
    static final class And extends Junction {
        And(ConditionNode left, ConditionNode right) {
            super("and", left, right);
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            return left.test(view, memory) && right.test(view, memory);
        }
    }

    /** Always evaluates both sides, so the crossings on the right see every event. */
    static final class EagerAnd extends Junction {
        EagerAnd(ConditionNode left, ConditionNode right) {
            super("and", left, right);
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            return left.test(view, memory) & right.test(view, memory);
        }
    }

    /** Short-circuits: only for a right side without crossings. */
    static final class Or extends Junction {
        Or(ConditionNode left, ConditionNode right) {
            super("or", left, right);
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            return left.test(view, memory) || right.test(view, memory);
        }
    }

    /** Always evaluates both sides, so the crossings on the right see every event. */
    static final class EagerOr extends Junction {
        EagerOr(ConditionNode left, ConditionNode right) {
            super("or", left, right);
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            return left.test(view, memory) | right.test(view, memory);
        }
    }

    static final class Not extends ConditionNode {
        private final ConditionNode operand;

        Not(ConditionNode operand) {
            this.operand = operand;
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            return !operand.test(view, memory);
        }

        @Override
        boolean hasCrossing() {
            return operand.hasCrossing();
        }

        @Override
        public String toString() {
            return "(not " + operand + ")";
        }
    }
}
