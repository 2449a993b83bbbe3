package io.tradestream.rules.expr;

/**
 * A compiled numeric expression. The implementations are small final classes so that evaluation is
 * a chain of direct calls with no allocation.
 */
abstract class NumberNode {
    abstract double eval(MarketView view);

    static final class Constant extends NumberNode {
        private final double value;

        Constant(double value) {
            this.value = value;
        }

        @Override
        double eval(MarketView view) {
            return value;
        }
    }

    static final class Price extends NumberNode {
        @Override
        double eval(MarketView view) {
            return view.price();
        }
    }

    static final class Bid extends NumberNode {
        @Override
        double eval(MarketView view) {
            return view.bid();
        }
    }

    static final class Ask extends NumberNode {
        @Override
        double eval(MarketView view) {
            return view.ask();
        }
    }

    static final class Spread extends NumberNode {
        @Override
        double eval(MarketView view) {
            return view.ask() - view.bid();
        }
    }

    static final class ChangePct extends NumberNode {
        private final long windowMillis;

        ChangePct(long windowMillis) {
            this.windowMillis = windowMillis;
        }

        @Override
        double eval(MarketView view) {
            return view.changePct(windowMillis);
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
    }

    static final class Arithmetic extends NumberNode {
        enum Operator {
            ADD,
            SUBTRACT,
            MULTIPLY,
            DIVIDE
        }

        private final Operator operator;
        private final NumberNode left;
        private final NumberNode right;

        Arithmetic(Operator operator, NumberNode left, NumberNode right) {
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        double eval(MarketView view) {
            double a = left.eval(view);
            double b = right.eval(view);
            return switch (operator) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
            };
        }
    }
}
