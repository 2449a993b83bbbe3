package io.tradestream.rules.expr;

/**
 * A parsed sub-expression, either a number or a true/false condition, with the position where it
 * starts. Asking for the wrong type is the compile-time type check.
 */
final class Typed {
    private final NumberNode number;
    private final ConditionNode condition;
    private final int position;

    private Typed(NumberNode number, ConditionNode condition, int position) {
        this.number = number;
        this.condition = condition;
        this.position = position;
    }

    static Typed number(NumberNode number, int position) {
        return new Typed(number, null, position);
    }

    static Typed condition(ConditionNode condition, int position) {
        return new Typed(null, condition, position);
    }

    /** The same expression starting elsewhere: a parenthesised one starts at its '('. */
    Typed at(int newPosition) {
        return new Typed(number, condition, newPosition);
    }

    int position() {
        return position;
    }

    /**
     * @param role where the number is needed, e.g. {@code left side of '+'}
     */
    NumberNode number(String role) throws RuleSyntaxException {
        if (number == null) {
            throw new RuleSyntaxException(
                    "expected a number",
                    position,
                    " but found a true/false condition (" + role + ")");
        }
        return number;
    }

    /**
     * @param role where the condition is needed, e.g. {@code left side of 'and'}
     */
    ConditionNode condition(String role) throws RuleSyntaxException {
        if (condition == null) {
            throw new RuleSyntaxException(
                    "expected a true/false condition",
                    position,
                    " but found a number (" + role + ")");
        }
        return condition;
    }
}
