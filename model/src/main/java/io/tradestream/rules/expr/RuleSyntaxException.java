package io.tradestream.rules.expr;

/**
 * A condition that cannot be compiled. The message always reads {@code <problem> at position
 * <n><detail>}, for example {@code expected ')' at position 17 but found end of input}, so a user
 * sees what is wrong, where, and usually how to fix it.
 */
public final class RuleSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;

    RuleSyntaxException(String problem, int position) {
        this(problem, position, "");
    }

    /**
     * @param detail appended verbatim after the position, e.g. {@code " but found 'x'"} or {@code "
     *     (known: abs, price)"}
     */
    RuleSyntaxException(String problem, int position, String detail) {
        super(problem + " at position " + position + detail);
        this.position = position;
    }

    /** 0-based character offset of the problem in the condition's text. */
    public int position() {
        return position;
    }
}
