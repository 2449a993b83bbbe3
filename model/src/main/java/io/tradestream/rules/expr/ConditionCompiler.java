package io.tradestream.rules.expr;

/**
 * Compiles a rule condition such as {@code abs(change_pct(5m)) >= 3 and spread < 0.05} into a
 * {@link CompiledCondition}. The grammar is documented on {@link Parser}.
 */
public final class ConditionCompiler {
    /** The longest condition accepted, in characters. */
    public static final int MAX_SOURCE_LENGTH = 1_000;

    /** The most nodes (numbers, functions and operators) one condition may compile to. */
    public static final int MAX_NODES = 100;

    /** The deepest nesting of parentheses, function calls, {@code not} and unary minus. */
    public static final int MAX_DEPTH = 32;

    private ConditionCompiler() {}

    /**
     * Compiles {@code source}, or explains why it cannot: this throws nothing but {@link
     * RuleSyntaxException}, whatever the input.
     */
    public static CompiledCondition compile(String source) throws RuleSyntaxException {
        if (source == null || source.isBlank()) {
            throw new RuleSyntaxException("the condition is empty", 0, " (write e.g. price > 100)");
        }
        if (source.length() > MAX_SOURCE_LENGTH) {
            throw new RuleSyntaxException(
                    "the condition exceeds the limit of " + MAX_SOURCE_LENGTH + " characters",
                    MAX_SOURCE_LENGTH,
                    " (it has " + source.length() + ")");
        }
        return new Parser(source, Lexer.tokenize(source)).parse();
    }
}
