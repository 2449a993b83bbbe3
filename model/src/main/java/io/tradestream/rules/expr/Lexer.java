package io.tradestream.rules.expr;

import io.tradestream.rules.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits a condition into tokens: numbers with units, names, keywords and operators. */
final class Lexer {
    private static final Map<String, Kind> KEYWORDS =
            Map.of(
                    "and", Kind.AND,
                    "or", Kind.OR,
                    "not", Kind.NOT,
                    "crosses_above", Kind.CROSSES_ABOVE,
                    "crosses_below", Kind.CROSSES_BELOW);

    private static final Map<String, Long> DURATION_UNITS =
            Map.of("s", 1_000L, "m", 60_000L, "h", 3_600_000L, "d", 86_400_000L);

    private final String source;
    private int position;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) throws RuleSyntaxException {
        Lexer lexer = new Lexer(source);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Kind.END);
        return tokens;
    }

    private Token next() throws RuleSyntaxException {
        while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
            position++;
        }
        int start = position;
        if (position >= source.length()) {
            return Token.of(Kind.END, "", start);
        }
        char c = source.charAt(position);
        if (isDigit(c) || (c == '.' && position + 1 < source.length() && isDigit(peek(1)))) {
            return number(start);
        }
        if (isNameStart(c)) {
            while (position < source.length() && isNamePart(source.charAt(position))) {
                position++;
            }
            String name = source.substring(start, position);
            return Token.of(KEYWORDS.getOrDefault(name, Kind.IDENTIFIER), name, start);
        }
        position++;
        switch (c) {
            case '+':
                return Token.of(Kind.PLUS, "+", start);
            case '-':
                return Token.of(Kind.MINUS, "-", start);
            case '*':
                return Token.of(Kind.STAR, "*", start);
            case '/':
                return Token.of(Kind.SLASH, "/", start);
            case '(':
                return Token.of(Kind.LEFT_PAREN, "(", start);
            case ')':
                return Token.of(Kind.RIGHT_PAREN, ")", start);
            case ',':
                return Token.of(Kind.COMMA, ",", start);
            case '>':
                return followedByEquals()
                        ? Token.of(Kind.GREATER_EQUAL, ">=", start)
                        : Token.of(Kind.GREATER, ">", start);
            case '<':
                return followedByEquals()
                        ? Token.of(Kind.LESS_EQUAL, "<=", start)
                        : Token.of(Kind.LESS, "<", start);
            case '=':
                if (followedByEquals()) {
                    return Token.of(Kind.EQUAL, "==", start);
                }
                throw new RuleSyntaxException("unexpected '=' (write == to compare)", start);
            case '!':
                if (followedByEquals()) {
                    return Token.of(Kind.NOT_EQUAL, "!=", start);
                }
                throw new RuleSyntaxException("unexpected '!' (write 'not' or !=)", start);
            default:
                throw new RuleSyntaxException("unexpected character '" + c + "'", start);
        }
    }

    private Token number(int start) throws RuleSyntaxException {
        while (position < source.length() && isDigit(source.charAt(position))) {
            position++;
        }
        if (position < source.length() && source.charAt(position) == '.') {
            position++;
            while (position < source.length() && isDigit(source.charAt(position))) {
                position++;
            }
        }
        String digits = source.substring(start, position);
        double value = Double.parseDouble(digits);
        if (position < source.length() && source.charAt(position) == '%') {
            position++;
            return new Token(Kind.PERCENT, digits + "%", start, value, 0);
        }
        int unitStart = position;
        while (position < source.length() && isNamePart(source.charAt(position))) {
            position++;
        }
        String unit = source.substring(unitStart, position);
        if (unit.isEmpty()) {
            return new Token(Kind.NUMBER, digits, start, value, 0);
        }
        Long unitMillis = DURATION_UNITS.get(unit);
        if (unitMillis == null || digits.contains(".")) {
            throw new RuleSyntaxException(
                    "invalid number '"
                            + digits
                            + unit
                            + "' (durations are whole numbers with s, m, h or d, e.g. 5m)",
                    start);
        }
        double millis = value * unitMillis;
        if (millis > Long.MAX_VALUE / 2) {
            throw new RuleSyntaxException("duration '" + digits + unit + "' is too long", start);
        }
        return new Token(Kind.DURATION, digits + unit, start, value, (long) millis);
    }

    private boolean followedByEquals() {
        if (position < source.length() && source.charAt(position) == '=') {
            position++;
            return true;
        }
        return false;
    }

    private char peek(int ahead) {
        return source.charAt(position + ahead);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
