package io.tradestream.rules.expr;

/**
 * Enforces the size limits while parsing: nodes bound the work per evaluation, nesting bounds the
 * parser's recursion (so no input can overflow the stack).
 */
final class Limits {
    private int nodes;
    private int depth;

    /** Counts one node of the compiled tree, made from the token {@code at}. */
    void countNode(Token at) throws RuleSyntaxException {
        if (++nodes > ConditionCompiler.MAX_NODES) {
            throw new RuleSyntaxException(
                    "the condition exceeds the limit of " + ConditionCompiler.MAX_NODES + " nodes",
                    at.position(),
                    " (numbers, functions and operators; split it into several rules)");
        }
    }

    /** Opens a nesting level at {@code at}: '(', a function's arguments, 'not' or unary '-'. */
    void enter(Token at) throws RuleSyntaxException {
        if (++depth > ConditionCompiler.MAX_DEPTH) {
            throw new RuleSyntaxException(
                    "the condition exceeds the limit of "
                            + ConditionCompiler.MAX_DEPTH
                            + " nesting levels",
                    at.position(),
                    " (parentheses, function calls, 'not' and '-' each nest one level)");
        }
    }

    void leave() {
        depth--;
    }
}
