package io.tradestream.rules.expr;

/** A condition that cannot be compiled; the message names the problem and its position. */
public final class RuleSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;

    RuleSyntaxException(String problem, int position) {
        this(problem, position, null);
    }

    /** {@code hint}, when given, follows the position in parentheses. */
    RuleSyntaxException(String problem, int position, String hint) {
        super(problem + " at position " + position + (hint == null ? "" : " (" + hint + ")"));
        this.position = position;
    }

    /** 0-based offset of the problem in the condition's text. */
    public int position() {
        return position;
    }
}
