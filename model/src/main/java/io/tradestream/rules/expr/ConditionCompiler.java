package io.tradestream.rules.expr;

import io.tradestream.rules.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a rule condition such as {@code abs(change_pct(5m)) >= 3 and spread < 0.05}.
 *
 * <p>Grammar, loosest binding first:
 *
 * <pre>
 * condition  := or
 * or         := and ('or' and)*
 * and        := not ('and' not)*
 * not        := 'not' not | comparison
 * comparison := sum [('&gt;' | '&gt;=' | '&lt;' | '&lt;=' | '==' | '!=' | 'crosses_above' |
 *                      'crosses_below') sum]
 * sum        := product (('+' | '-') product)*
 * product    := unary (('*' | '/') unary)*
 * unary      := '-' unary | primary
 * primary    := number | number'%' | name | name '(' [argument (',' argument)*] ')'
 *             | '(' or ')'
 * argument   := duration (30s, 5m, 1h, 1d) where a window is expected | sum
 * </pre>
 *
 * Types are checked while parsing: comparisons take numbers, {@code and}/{@code or}/{@code not}
 * take conditions, and the whole must be a condition.
 */
public final class ConditionCompiler {
    /** The longest condition accepted, in characters. */
    public static final int MAX_SOURCE_LENGTH = 1_000;

    /** The most operators, functions and values one condition may have. */
    public static final int MAX_NODES = 100;

    /** The deepest nesting of parentheses, functions and operators. */
    public static final int MAX_DEPTH = 32;

    private final String source;
    private final List<Token> tokens;
    private int next;
    private int nodes;
    private int depth;
    private int crossings;
    private long maxWindowMillis;
    private boolean usesQuotes;

    private ConditionCompiler(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    public static CompiledCondition compile(String source) throws RuleSyntaxException {
        if (source == null || source.isBlank()) {
            throw new RuleSyntaxException("the condition is empty", 0, "e.g. price > 100");
        }
        if (source.length() > MAX_SOURCE_LENGTH) {
            throw new RuleSyntaxException(
                    "the condition is "
                            + source.length()
                            + " characters long; the limit is "
                            + MAX_SOURCE_LENGTH,
                    MAX_SOURCE_LENGTH);
        }
        ConditionCompiler compiler = new ConditionCompiler(source, Lexer.tokenize(source));
        return compiler.compileCondition();
    }

    private CompiledCondition compileCondition() throws RuleSyntaxException {
        Typed whole = or();
        Token end = peek();
        if (end.kind() != Kind.END) {
            throw new RuleSyntaxException(
                    "unexpected " + end.describe() + " after a complete condition", end.position());
        }
        ConditionNode root = whole.condition("the whole condition", "e.g. price > 100");
        return new CompiledCondition(source, root, crossings, maxWindowMillis, usesQuotes);
    }

    private Typed or() throws RuleSyntaxException {
        enter();
        Typed left = and();
        while (peek().kind() == Kind.OR) {
            counted(take());
            Typed right = and();
            left =
                    Typed.of(
                            new ConditionNode.Or(
                                    left.condition("'or'", null), right.condition("'or'", null)),
                            left.position);
        }
        depth--;
        return left;
    }

    private Typed and() throws RuleSyntaxException {
        Typed left = not();
        while (peek().kind() == Kind.AND) {
            counted(take());
            Typed right = not();
            left =
                    Typed.of(
                            new ConditionNode.And(
                                    left.condition("'and'", null), right.condition("'and'", null)),
                            left.position);
        }
        return left;
    }

    private Typed not() throws RuleSyntaxException {
        if (peek().kind() != Kind.NOT) {
            return comparison();
        }
        Token operator = counted(take());
        enter();
        Typed operand = not();
        depth--;
        return Typed.of(
                new ConditionNode.Not(operand.condition("'not'", null)), operator.position());
    }

    private Typed comparison() throws RuleSyntaxException {
        Typed left = sum();
        Token operator = peek();
        if (!isComparison(operator.kind())) {
            return left;
        }
        take();
        counted(operator);
        Typed right = sum();
        String what = "'" + operator.text() + "'";
        NumberNode a = left.number(what);
        NumberNode b = right.number(what);
        if (isComparison(peek().kind())) {
            throw new RuleSyntaxException(
                    "comparisons cannot be chained", peek().position(), "join them with 'and'");
        }
        ConditionNode node =
                switch (operator.kind()) {
                    case CROSSES_ABOVE -> new ConditionNode.Crossing(true, a, b, crossings++);
                    case CROSSES_BELOW -> new ConditionNode.Crossing(false, a, b, crossings++);
                    default -> new ConditionNode.Comparison(comparisonOperator(operator), a, b);
                };
        return Typed.of(node, left.position);
    }

    private Typed sum() throws RuleSyntaxException {
        Typed left = product();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            Token operator = take();
            Typed right = product();
            left = arithmetic(operator, left, right);
        }
        return left;
    }

    private Typed product() throws RuleSyntaxException {
        Typed left = unary();
        while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
            Token operator = take();
            Typed right = unary();
            left = arithmetic(operator, left, right);
        }
        return left;
    }

    private Typed arithmetic(Token operator, Typed left, Typed right) throws RuleSyntaxException {
        String what = "'" + operator.text() + "'";
        NumberNode.Arithmetic.Operator op =
                switch (operator.kind()) {
                    case PLUS -> NumberNode.Arithmetic.Operator.ADD;
                    case MINUS -> NumberNode.Arithmetic.Operator.SUBTRACT;
                    case STAR -> NumberNode.Arithmetic.Operator.MULTIPLY;
                    default -> NumberNode.Arithmetic.Operator.DIVIDE;
                };
        counted(operator);
        return Typed.of(
                new NumberNode.Arithmetic(op, left.number(what), right.number(what)),
                left.position);
    }

    private Typed unary() throws RuleSyntaxException {
        if (peek().kind() != Kind.MINUS) {
            return primary();
        }
        Token minus = take();
        enter();
        Typed operand = unary();
        depth--;
        counted(minus);
        return Typed.of(new NumberNode.Negate(operand.number("'-'")), minus.position());
    }

    private Typed primary() throws RuleSyntaxException {
        Token token = take();
        switch (token.kind()) {
            case NUMBER:
            case PERCENT:
                counted(token);
                return Typed.of(new NumberNode.Constant(token.number()), token.position());
            case DURATION:
                throw new RuleSyntaxException(
                        "a duration such as " + token.text() + " can only be a window argument",
                        token.position(),
                        "e.g. change_pct(" + token.text() + ")");
            case IDENTIFIER:
                return call(token);
            case LEFT_PAREN:
                Typed inner = or();
                expect(Kind.RIGHT_PAREN, "')'");
                return inner.at(token.position());
            default:
                throw new RuleSyntaxException(
                        "expected a number, a function or '(' but found " + token.describe(),
                        token.position());
        }
    }

    private Typed call(Token name) throws RuleSyntaxException {
        FunctionSpec function = Functions.find(name.text());
        if (function == null) {
            throw new RuleSyntaxException(
                    "unknown function '" + name.text() + "'",
                    name.position(),
                    "known: " + Functions.knownNames());
        }
        counted(name);
        usesQuotes |= function.readsQuotes();
        boolean parenthesised = peek().kind() == Kind.LEFT_PAREN;
        if (!parenthesised) {
            if (!function.takesNoArguments()) {
                throw new RuleSyntaxException(
                        function.name() + " needs arguments",
                        name.position(),
                        "e.g. " + example(function));
            }
            return Typed.of(function.build().build(List.of()), name.position());
        }
        take();
        enter();
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < function.parameters().size(); i++) {
            if (i > 0) {
                expect(Kind.COMMA, "',' before the next argument of " + function.name());
            }
            arguments.add(argument(function, function.parameters().get(i)));
        }
        if (peek().kind() == Kind.COMMA) {
            throw new RuleSyntaxException(
                    function.name() + " takes " + function.parameters().size() + " argument(s)",
                    peek().position(),
                    "e.g. " + example(function));
        }
        expect(Kind.RIGHT_PAREN, "')' to close " + function.name() + "(");
        depth--;
        return Typed.of(function.build().build(arguments), name.position());
    }

    private Object argument(FunctionSpec function, FunctionSpec.Parameter parameter)
            throws RuleSyntaxException {
        Token token = peek();
        if (!parameter.window()) {
            return sum().number(function.name() + "'s " + parameter.name());
        }
        if (token.kind() != Kind.DURATION) {
            throw new RuleSyntaxException(
                    function.name() + " expects a window such as 5m but found " + token.describe(),
                    token.position(),
                    "e.g. " + example(function));
        }
        take();
        long millis = token.durationMillis();
        if (millis < parameter.minMillis() || millis > parameter.maxMillis()) {
            throw new RuleSyntaxException(
                    function.name()
                            + " window must be between "
                            + WindowFormat.format(parameter.minMillis())
                            + " and "
                            + WindowFormat.format(parameter.maxMillis())
                            + ", got "
                            + token.text(),
                    token.position());
        }
        maxWindowMillis = Math.max(maxWindowMillis, millis);
        return millis;
    }

    private static String example(FunctionSpec function) {
        StringBuilder text = new StringBuilder(function.name()).append('(');
        for (int i = 0; i < function.parameters().size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(function.parameters().get(i).window() ? "5m" : "price");
        }
        return text.append(')').toString();
    }

    private static boolean isComparison(Kind kind) {
        return switch (kind) {
            case GREATER,
                    GREATER_EQUAL,
                    LESS,
                    LESS_EQUAL,
                    EQUAL,
                    NOT_EQUAL,
                    CROSSES_ABOVE,
                    CROSSES_BELOW ->
                    true;
            default -> false;
        };
    }

    private static ConditionNode.Comparison.Operator comparisonOperator(Token token) {
        return switch (token.kind()) {
            case GREATER -> ConditionNode.Comparison.Operator.GREATER;
            case GREATER_EQUAL -> ConditionNode.Comparison.Operator.GREATER_EQUAL;
            case LESS -> ConditionNode.Comparison.Operator.LESS;
            case LESS_EQUAL -> ConditionNode.Comparison.Operator.LESS_EQUAL;
            case EQUAL -> ConditionNode.Comparison.Operator.EQUAL;
            default -> ConditionNode.Comparison.Operator.NOT_EQUAL;
        };
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private void expect(Kind kind, String what) throws RuleSyntaxException {
        Token token = take();
        if (token.kind() != kind) {
            throw new RuleSyntaxException(
                    "expected " + what + " but found " + token.describe(), token.position());
        }
    }

    /** Counts a node against {@link #MAX_NODES}; returns the token for chaining. */
    private Token counted(Token token) throws RuleSyntaxException {
        if (++nodes > MAX_NODES) {
            throw new RuleSyntaxException(
                    "the condition has more than " + MAX_NODES + " operators and values",
                    token.position(),
                    "split it into several rules");
        }
        return token;
    }

    private void enter() throws RuleSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new RuleSyntaxException(
                    "the condition nests deeper than " + MAX_DEPTH + " levels", peek().position());
        }
    }

    /** A compiled sub-expression: a number or a condition, and where it starts. */
    private static final class Typed {
        private final NumberNode number;
        private final ConditionNode condition;
        private final int position;

        private Typed(NumberNode number, ConditionNode condition, int position) {
            this.number = number;
            this.condition = condition;
            this.position = position;
        }

        static Typed of(NumberNode number, int position) {
            return new Typed(number, null, position);
        }

        static Typed of(ConditionNode condition, int position) {
            return new Typed(null, condition, position);
        }

        Typed at(int newPosition) {
            return new Typed(number, condition, newPosition);
        }

        NumberNode number(String user) throws RuleSyntaxException {
            if (number == null) {
                throw new RuleSyntaxException(
                        user + " needs a number here but found a true/false condition", position);
            }
            return number;
        }

        ConditionNode condition(String user, String hint) throws RuleSyntaxException {
            if (condition == null) {
                throw new RuleSyntaxException(
                        user + " needs a true/false condition here but found a number",
                        position,
                        hint);
            }
            return condition;
        }
    }
}
