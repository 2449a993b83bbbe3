package io.tradestream.rules.expr;

/**
 * One lexical token of a condition.
 *
 * @param number the value of a {@code NUMBER} or {@code PERCENT} token, NaN otherwise
 * @param durationMillis the length of a {@code DURATION} token, 0 otherwise
 */
record Token(Kind kind, String text, int position, double number, long durationMillis) {

    enum Kind {
        NUMBER,
        PERCENT,
        DURATION,
        NAME,
        AND,
        OR,
        NOT,
        CROSSES_ABOVE,
        CROSSES_BELOW,
        PLUS,
        MINUS,
        STAR,
        SLASH,
        GREATER,
        GREATER_EQUAL,
        LESS,
        LESS_EQUAL,
        EQUAL,
        NOT_EQUAL,
        LEFT_PAREN,
        RIGHT_PAREN,
        COMMA,
        END;

        /** Whether the kind is one of the non-associative comparison or crossing operators. */
        boolean comparesNumbers() {
            return switch (this) {
                case GREATER, GREATER_EQUAL, LESS, LESS_EQUAL, EQUAL, NOT_EQUAL -> true;
                case CROSSES_ABOVE, CROSSES_BELOW -> true;
                default -> false;
            };
        }

        /** Whether an operand (a number, a function, '(' or a prefix operator) can start here. */
        boolean startsOperand() {
            return switch (this) {
                case NUMBER, PERCENT, DURATION, NAME, LEFT_PAREN, MINUS, NOT -> true;
                default -> false;
            };
        }
    }

    static Token symbol(Kind kind, String text, int position) {
        return new Token(kind, text, position, Double.NaN, 0);
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "end of input" : "'" + text + "'";
    }
}
