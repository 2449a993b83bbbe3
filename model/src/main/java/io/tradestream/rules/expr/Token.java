package io.tradestream.rules.expr;

/** One lexical token of a condition. */
record Token(Kind kind, String text, int position, double number, long durationMillis) {

    enum Kind {
        NUMBER,
        PERCENT,
        DURATION,
        IDENTIFIER,
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
        END
    }

    static Token of(Kind kind, String text, int position) {
        return new Token(kind, text, position, Double.NaN, 0);
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "end of input" : "'" + text + "'";
    }
}
