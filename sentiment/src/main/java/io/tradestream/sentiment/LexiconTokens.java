package io.tradestream.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the tokens the finance lexicon matches: lower-case words (letters and digits,
 * with inner apostrophes as in "isn't"), one token per emoji picture, and {@link #BOUNDARY} for
 * punctuation that ends a clause, which a negation does not reach across. Everything else separates
 * tokens, so "sell-off" is "sell", "off". Lexicon phrases and tweets go through the same split, so
 * a phrase matches whatever spelling splits like it.
 */
final class LexiconTokens {
    /** Stands for {@code . , ; : ! ?}; it never matches a lexicon term. */
    static final String BOUNDARY = "|";

    private LexiconTokens() {}

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] codePoints = text.toLowerCase(Locale.ROOT).replace('’', '\'').codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (Character.isLetterOrDigit(c) || (c == '\'' && insideWord(word, codePoints, i))) {
                word.appendCodePoint(c);
                continue;
            }
            flush(word, tokens);
            if (Emoji.isPicture(c)) {
                tokens.add(Character.toString(c));
            } else if (".,;:!?".indexOf(c) >= 0) {
                tokens.add(BOUNDARY);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static boolean insideWord(StringBuilder word, int[] codePoints, int i) {
        return word.length() > 0
                && i + 1 < codePoints.length
                && Character.isLetter(codePoints[i + 1]);
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
