package io.tradestream.rules.expr;

import io.tradestream.rules.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a condition into tokens: numbers, percents, durations, names, keywords, operators. */
final class Lexer {
    private static final Map<String, Kind> KEYWORDS =
            Map.of(
                    "and", Kind.AND,
                    "or", Kind.OR,
                    "not", Kind.NOT,
                    "crosses_above", Kind.CROSSES_ABOVE,
                    "crosses_below", Kind.CROSSES_BELOW);

    private static final Map<String, Long> DURATION_UNIT_MILLIS =
            Map.of("s", 1_000L, "m", 60_000L, "h", 3_600_000L, "d", 86_400_000L);

    /** Digits with an optional fraction ({@code 150.5}, {@code .5}), then an optional unit. */
    private static final Pattern NUMBER_WORD =
            Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)([A-Za-z_][A-Za-z0-9_]*)?");

    private final String source;
    private int position;

    private Lexer(String source) {
        this.source = source;
    }

    /** The tokens of {@code source}, always ending with one {@link Kind#END}. */
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
        if (start >= source.length()) {
            return Token.symbol(Kind.END, "", start);
        }
        char c = source.charAt(start);
        if (isDigit(c) || c == '.') {
            return number(start);
        }
        if (isNameStart(c)) {
            while (position < source.length() && isNamePart(source.charAt(position))) {
                position++;
            }
            String name = source.substring(start, position);
            return Token.symbol(KEYWORDS.getOrDefault(name, Kind.NAME), name, start);
        }
        position++;
        return switch (c) {
            case '+' -> Token.symbol(Kind.PLUS, "+", start);
            case '-' -> Token.symbol(Kind.MINUS, "-", start);
            case '*' -> Token.symbol(Kind.STAR, "*", start);
            case '/' -> Token.symbol(Kind.SLASH, "/", start);
            case '(' -> Token.symbol(Kind.LEFT_PAREN, "(", start);
            case ')' -> Token.symbol(Kind.RIGHT_PAREN, ")", start);
            case ',' -> Token.symbol(Kind.COMMA, ",", start);
            case '>' -> orEquals(Kind.GREATER, Kind.GREATER_EQUAL, ">", start);
            case '<' -> orEquals(Kind.LESS, Kind.LESS_EQUAL, "<", start);
            case '=' -> requireEquals(Kind.EQUAL, "=", start, " (write == to compare)");
            case '!' -> requireEquals(Kind.NOT_EQUAL, "!", start, " (write != or 'not')");
            case '%' ->
                    throw new RuleSyntaxException(
                            "unexpected '%'", start, " (a percent follows a number, e.g. 2%)");
            default -> throw new RuleSyntaxException("unexpected character " + show(c), start);
        };
    }

    /**
     * Reads a number, a percent ({@code 2%} is the number 2) or a duration ({@code 5m}). The whole
     * run of digits, dots and letters is read first so that {@code 1.2.3} or {@code 5x} is refused
     * as one bad word rather than split into surprising tokens.
     */
    private Token number(int start) throws RuleSyntaxException {
        while (position < source.length()
                && (isNamePart(source.charAt(position)) || source.charAt(position) == '.')) {
            position++;
        }
        String word = source.substring(start, position);
        Matcher parts = NUMBER_WORD.matcher(word);
        if (!parts.matches()) {
            throw new RuleSyntaxException("invalid number '" + word + "'", start);
        }
        String digits = parts.group(1);
        String unit = parts.group(2);
        double value = Double.parseDouble(digits);
        if (unit == null) {
            if (Double.isInfinite(value)) {
                throw new RuleSyntaxException("number too large", start);
            }
            if (position < source.length() && source.charAt(position) == '%') {
                position++;
                return new Token(Kind.PERCENT, word + "%", start, value, 0);
            }
            return new Token(Kind.NUMBER, word, start, value, 0);
        }
        Long unitMillis = DURATION_UNIT_MILLIS.get(unit);
        if (unitMillis == null) {
            throw new RuleSyntaxException(
                    "invalid number '" + word + "'",
                    start,
                    " (durations end in s, m, h or d, e.g. 5m)");
        }
        if (digits.indexOf('.') >= 0) {
            throw new RuleSyntaxException(
                    "invalid duration '" + word + "'", start, " (write whole units, e.g. 90s)");
        }
        // The cast saturates at Long.MAX_VALUE, which every window bound then refuses.
        long millis = (long) (value * unitMillis);
        return new Token(Kind.DURATION, word, start, Double.NaN, millis);
    }

    private Token orEquals(Kind alone, Kind withEquals, String text, int start) {
        if (position < source.length() && source.charAt(position) == '=') {
            position++;
            return Token.symbol(withEquals, text + "=", start);
        }
        return Token.symbol(alone, text, start);
    }

    private Token requireEquals(Kind kind, String text, int start, String hint)
            throws RuleSyntaxException {
        if (position < source.length() && source.charAt(position) == '=') {
            position++;
            return Token.symbol(kind, text + "=", start);
        }
        throw new RuleSyntaxException("unexpected '" + text + "'", start, hint);
    }

    /** A character as a user can read it in a message, even when it is invisible. */
    private static String show(char c) {
        return c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
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
