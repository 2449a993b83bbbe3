package io.tradestream.rules.expr;

import io.tradestream.rules.expr.FunctionSpec.Input;
import io.tradestream.rules.expr.FunctionSpec.Parameter;
import io.tradestream.rules.expr.Token.Kind;
import java.util.List;

/**
 * A recursive-descent parser that type-checks as it goes and builds the evaluation nodes directly.
 * Grammar, loosest binding first:
 *
 * <pre>
 * condition      := or END                      -- must be true/false
 * or             := and ('or' and)*
 * and            := not ('and' not)*
 * not            := 'not' not | comparison
 * comparison     := additive [compare additive] -- non-associative: a &lt; b &lt; c is refused
 * compare        := '&gt;' | '&gt;=' | '&lt;' | '&lt;=' | '==' | '!=' | 'crosses_above' | 'crosses_below'
 * additive       := multiplicative (('+' | '-') multiplicative)*
 * multiplicative := unary (('*' | '/') unary)*
 * unary          := '-' unary | primary
 * primary        := NUMBER | PERCENT | call | '(' or ')'
 * call           := NAME ['(' [argument (',' argument)*] ')']  -- '()' optional without parameters
 * argument       := DURATION for a window, NUMBER for a count or a constant, or (a number)
 * </pre>
 *
 * NUMBER is {@code 200}, {@code 150.5} or {@code .5}; PERCENT is a number followed by {@code %} and
 * means that number; DURATION is a whole number followed by s, m, h or d.
 */
final class Parser {
    private final String source;
    private final List<Token> tokens;
    private final Limits limits = new Limits();
    private int next;
    private int crossings;
    private long maxHistoryMillis;
    private boolean usesQuotes;
    private boolean usesSentiment;
    private int barsNeeded;

    Parser(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    CompiledCondition parse() throws RuleSyntaxException {
        Typed whole = or();
        Token end = peek();
        if (end.kind() == Kind.RIGHT_PAREN) {
            throw new RuleSyntaxException("unmatched ')'", end.position());
        }
        if (end.kind() != Kind.END) {
            throw new RuleSyntaxException(
                    "unexpected " + end.describe(),
                    end.position(),
                    " after a complete condition (join conditions with 'and' or 'or')");
        }
        ConditionNode root =
                whole.condition("a rule's condition must be true or false, e.g. price > 100");
        return new CompiledCondition(
                source, root, crossings, maxHistoryMillis, barsNeeded, usesQuotes, usesSentiment);
    }

    private Typed or() throws RuleSyntaxException {
        Typed left = and();
        while (peek().kind() == Kind.OR) {
            counted(take());
            ConditionNode a = left.condition("left side of 'or'");
            ConditionNode b = and().condition("right side of 'or'");
            left = Typed.condition(ConditionNode.or(a, b), left.position());
        }
        return left;
    }

    private Typed and() throws RuleSyntaxException {
        Typed left = not();
        while (peek().kind() == Kind.AND) {
            counted(take());
            ConditionNode a = left.condition("left side of 'and'");
            ConditionNode b = not().condition("right side of 'and'");
            left = Typed.condition(ConditionNode.and(a, b), left.position());
        }
        return left;
    }

    private Typed not() throws RuleSyntaxException {
        if (peek().kind() != Kind.NOT) {
            return comparison();
        }
        Token operator = counted(take());
        limits.enter(operator);
        ConditionNode operand = not().condition("operand of 'not'");
        limits.leave();
        return Typed.condition(new ConditionNode.Not(operand), operator.position());
    }

    private Typed comparison() throws RuleSyntaxException {
        Typed left = additive();
        Token operator = peek();
        if (!operator.kind().comparesNumbers()) {
            return left;
        }
        counted(take());
        NumberNode a = left.number("left side of " + operator.describe());
        NumberNode b = additive().number("right side of " + operator.describe());
        if (peek().kind().comparesNumbers()) {
            throw new RuleSyntaxException(
                    "comparisons cannot be chained",
                    peek().position(),
                    " (join them with 'and', e.g. 1 < price and price < 3)");
        }
        return Typed.condition(compare(operator.kind(), a, b), left.position());
    }

    private ConditionNode compare(Kind operator, NumberNode a, NumberNode b) {
        return switch (operator) {
            case GREATER -> new ConditionNode.Greater(a, b);
            case GREATER_EQUAL -> new ConditionNode.GreaterEqual(a, b);
            case LESS -> new ConditionNode.Less(a, b);
            case LESS_EQUAL -> new ConditionNode.LessEqual(a, b);
            case EQUAL -> new ConditionNode.Equal(a, b);
            case NOT_EQUAL -> new ConditionNode.NotEqual(a, b);
            case CROSSES_ABOVE -> new ConditionNode.CrossesAbove(a, b, crossings++);
            case CROSSES_BELOW -> new ConditionNode.CrossesBelow(a, b, crossings++);
            default -> throw new IllegalArgumentException(operator + " does not compare");
        };
    }

    private Typed additive() throws RuleSyntaxException {
        Typed left = multiplicative();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            Token operator = counted(take());
            NumberNode a = left.number("left side of " + operator.describe());
            NumberNode b = multiplicative().number("right side of " + operator.describe());
            NumberNode sum =
                    operator.kind() == Kind.PLUS
                            ? new NumberNode.Add(a, b)
                            : new NumberNode.Subtract(a, b);
            left = Typed.number(sum, left.position());
        }
        return left;
    }

    private Typed multiplicative() throws RuleSyntaxException {
        Typed left = unary();
        while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
            Token operator = counted(take());
            NumberNode a = left.number("left side of " + operator.describe());
            NumberNode b = unary().number("right side of " + operator.describe());
            NumberNode product =
                    operator.kind() == Kind.STAR
                            ? new NumberNode.Multiply(a, b)
                            : new NumberNode.Divide(a, b);
            left = Typed.number(product, left.position());
        }
        return left;
    }

    private Typed unary() throws RuleSyntaxException {
        if (peek().kind() != Kind.MINUS) {
            return primary();
        }
        Token minus = counted(take());
        limits.enter(minus);
        NumberNode operand = unary().number("operand of '-'");
        limits.leave();
        return Typed.number(new NumberNode.Negate(operand), minus.position());
    }

    private Typed primary() throws RuleSyntaxException {
        Token token = take();
        switch (token.kind()) {
            case NUMBER:
            case PERCENT:
                counted(token);
                return Typed.number(new NumberNode.Constant(token.number()), token.position());
            case NAME:
                return call(token);
            case LEFT_PAREN:
                limits.enter(token);
                Typed inner = or();
                expect(Kind.RIGHT_PAREN, "')'");
                limits.leave();
                return inner.at(token.position());
            case DURATION:
                throw new RuleSyntaxException(
                        "unexpected duration " + token.describe(),
                        token.position(),
                        " (a duration can only be a window argument, e.g. change_pct(5m))");
            default:
                throw new RuleSyntaxException(
                        "expected a number, a function or '('",
                        token.position(),
                        " but found " + token.describe());
        }
    }

    private Typed call(Token name) throws RuleSyntaxException {
        FunctionSpec function = Functions.find(name.text());
        if (function == null) {
            throw new RuleSyntaxException(
                    "unknown function '" + name.text() + "'",
                    name.position(),
                    " (known: " + Functions.knownNames() + ")");
        }
        counted(name);
        usesQuotes |= function.input() == Input.QUOTES;
        usesSentiment |= function.input() == Input.SENTIMENT;
        Arguments arguments = new Arguments(function.arity());
        if (peek().kind() == Kind.LEFT_PAREN) {
            Token open = take();
            limits.enter(open);
            arguments(function, arguments);
            limits.leave();
        } else if (function.arity() > 0) {
            throw wrongArity(function, name.position());
        }
        NumberNode node = function.factory().create(arguments);
        barsNeeded = Math.max(barsNeeded, node.barsNeeded());
        return Typed.number(node, name.position());
    }

    /** Reads the arguments after the '(' and the closing ')'. */
    private void arguments(FunctionSpec function, Arguments arguments) throws RuleSyntaxException {
        for (int i = 0; i < function.arity(); i++) {
            if (peek().kind() == Kind.RIGHT_PAREN) {
                throw wrongArity(function, peek().position());
            }
            if (i > 0) {
                expect(Kind.COMMA, "','");
            }
            argument(function, i, arguments);
        }
        Kind after = peek().kind();
        if (after == Kind.COMMA || (function.arity() == 0 && after.startsOperand())) {
            throw wrongArity(function, peek().position());
        }
        expect(Kind.RIGHT_PAREN, "')'");
    }

    private void argument(FunctionSpec function, int index, Arguments arguments)
            throws RuleSyntaxException {
        Parameter parameter = function.parameters().get(index);
        String what = function.name() + " " + parameter.name();
        switch (parameter.kind()) {
            case NUMBER ->
                    arguments.setNumber(
                            index,
                            or().number("argument " + parameter.name() + " of " + function.name()));
            case WINDOW -> arguments.setWhole(index, window(function, parameter, what));
            case COUNT -> arguments.setWhole(index, count(parameter, what));
            case CONSTANT -> arguments.setConstant(index, constant(parameter, what));
        }
    }

    private long window(FunctionSpec function, Parameter parameter, String what)
            throws RuleSyntaxException {
        Token token = take();
        if (token.kind() != Kind.DURATION) {
            throw mustBe(what, "a duration", token, parameter);
        }
        long millis = token.durationMillis();
        if (millis < parameter.min() || millis > parameter.max()) {
            throw new RuleSyntaxException(
                    what
                            + " must be between "
                            + WindowFormat.format(parameter.min())
                            + " and "
                            + WindowFormat.format(parameter.max())
                            + ", got "
                            + token.text(),
                    token.position());
        }
        if (millis % parameter.step() != 0) {
            throw new RuleSyntaxException(
                    what
                            + " must be a multiple of "
                            + WindowFormat.format(parameter.step())
                            + ", got "
                            + token.text(),
                    token.position());
        }
        if (function.input() == Input.TRADES) {
            // Only windows over trades need price history; bars and sentiment keep their own.
            maxHistoryMillis = Math.max(maxHistoryMillis, millis);
        }
        return millis;
    }

    private long count(Parameter parameter, String what) throws RuleSyntaxException {
        Token token = take();
        double value = token.number();
        if (token.kind() != Kind.NUMBER || value != Math.rint(value)) {
            throw mustBe(what, "a whole number", token, parameter);
        }
        if (value < parameter.min() || value > parameter.max()) {
            throw new RuleSyntaxException(
                    what
                            + " must be between "
                            + parameter.min()
                            + " and "
                            + parameter.max()
                            + ", got "
                            + token.text(),
                    token.position());
        }
        return (long) value;
    }

    private double constant(Parameter parameter, String what) throws RuleSyntaxException {
        Token token = take();
        if (token.kind() != Kind.NUMBER) {
            throw mustBe(what, "a number", token, parameter);
        }
        double value = token.number();
        if (value < parameter.minValue() || value > parameter.maxValue()) {
            throw new RuleSyntaxException(
                    what
                            + " must be between "
                            + WindowFormat.number(parameter.minValue())
                            + " and "
                            + WindowFormat.number(parameter.maxValue())
                            + ", got "
                            + token.text(),
                    token.position());
        }
        return value;
    }

    private static RuleSyntaxException mustBe(
            String what, String expected, Token found, Parameter parameter) {
        return new RuleSyntaxException(
                what + " must be " + expected,
                found.position(),
                " but found " + found.describe() + " (write e.g. " + parameter.example() + ")");
    }

    private static RuleSyntaxException wrongArity(FunctionSpec function, int position) {
        String count =
                switch (function.arity()) {
                    case 0 -> "no arguments";
                    case 1 -> "1 argument";
                    default -> function.arity() + " arguments";
                };
        return new RuleSyntaxException(
                function.name() + " takes " + count,
                position,
                " (e.g. " + function.example() + ")");
    }

    /** Counts the node {@code token} makes against the limit; returns the token. */
    private Token counted(Token token) throws RuleSyntaxException {
        limits.countNode(token);
        return token;
    }

    private Token peek() {
        return tokens.get(next);
    }

    /** The next token, consumed; the END token is never passed. */
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
                    "expected " + what, token.position(), " but found " + token.describe());
        }
    }
}
