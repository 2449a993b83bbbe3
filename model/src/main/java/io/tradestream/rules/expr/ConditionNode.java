package io.tradestream.rules.expr;

/**
 * A compiled true/false expression. {@code memory} holds, per crossing, the previous difference of
 * its two sides.
 *
 * <p>{@code and} and {@code or} always evaluate both sides: a crossing inside a side that
 * short-circuiting would skip must still see every event, or it would compare against a stale
 * previous value and report a crossing that never happened (or miss one).
 */
abstract class ConditionNode {
    abstract boolean test(MarketView view, double[] memory);

    static final class Comparison extends ConditionNode {
        enum Operator {
            GREATER,
            GREATER_EQUAL,
            LESS,
            LESS_EQUAL,
            EQUAL,
            NOT_EQUAL
        }

        private final Operator operator;
        private final NumberNode left;
        private final NumberNode right;

        Comparison(Operator operator, NumberNode left, NumberNode right) {
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            double a = left.eval(view);
            double b = right.eval(view);
            // IEEE comparisons are false when either side is NaN (not known yet); != is the
            // exception, so it is written as the negation of a known equality.
            return switch (operator) {
                case GREATER -> a > b;
                case GREATER_EQUAL -> a >= b;
                case LESS -> a < b;
                case LESS_EQUAL -> a <= b;
                case EQUAL -> a == b;
                case NOT_EQUAL -> !Double.isNaN(a) && !Double.isNaN(b) && a != b;
            };
        }
    }

    /**
     * {@code a crosses_above b}: true when a - b was known and at most 0 at the previous event and
     * is above 0 now; {@code crosses_below} mirrors it.
     */
    static final class Crossing extends ConditionNode {
        private final boolean above;
        private final NumberNode left;
        private final NumberNode right;
        private final int slot;

        Crossing(boolean above, NumberNode left, NumberNode right, int slot) {
            this.above = above;
            this.left = left;
            this.right = right;
            this.slot = slot;
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            double previous = memory[slot];
            double current = left.eval(view) - right.eval(view);
            memory[slot] = current;
            return above ? previous <= 0 && current > 0 : previous >= 0 && current < 0;
        }
    }

    static final class And extends ConditionNode {
        private final ConditionNode left;
        private final ConditionNode right;

        And(ConditionNode left, ConditionNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            boolean a = left.test(view, memory);
            boolean b = right.test(view, memory);
            return a && b;
        }
    }

    static final class Or extends ConditionNode {
        private final ConditionNode left;
        private final ConditionNode right;

        Or(ConditionNode left, ConditionNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        boolean test(MarketView view, double[] memory) {
            boolean a = left.test(view, memory);
            boolean b = right.test(view, memory);
            return a || b;
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
    }
}
