package io.tradestream.model.tweets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company names and other keywords that stand for tickers, e.g. {@code apple → AAPL}, for finding
 * the stocks a tweet talks about without a cashtag. Immutable.
 *
 * <p>Keywords and tweets are read as the same words: runs of letters or digits, and {@code &}. So
 * {@code "AT&T"} is the words {@code at & t}, {@code "Apple's"} contains the word {@code apple},
 * and {@code "Metadata"} does not contain {@code meta}. Matching ignores case.
 *
 * <p>The defaults come from {@code ticker-keywords.csv} next to this class; {@link #withChanges}
 * overlays the runtime changes of the {@code ticker-keywords} topic.
 */
public final class KeywordDictionary {
    /** A keyword has at most this many words. */
    public static final int MAX_WORDS = 6;

    public static final String KEYWORD_DESCRIPTION =
            "2 to 64 characters with 1 to " + MAX_WORDS + " words of letters or digits";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|&");
    private static final String DEFAULTS = "ticker-keywords.csv";
    private static final KeywordDictionary DEFAULT_DICTIONARY = load();

    private final Map<String, List<String>> symbolsByKeyword;

    private KeywordDictionary(Map<String, List<String>> symbolsByKeyword) {
        this.symbolsByKeyword = Collections.unmodifiableMap(symbolsByKeyword);
    }

    /** The bundled company names of the best-known tickers. */
    public static KeywordDictionary defaults() {
        return DEFAULT_DICTIONARY;
    }

    /**
     * This dictionary with {@code changes} applied in order: an upsert sets what a keyword stands
     * for, a delete removes it (a default keyword too).
     */
    public KeywordDictionary withChanges(Iterable<KeywordChange> changes) {
        Map<String, List<String>> changed = new LinkedHashMap<>(symbolsByKeyword);
        for (KeywordChange change : changes) {
            if (change.delete()) {
                changed.remove(change.keyword());
            } else {
                changed.put(change.keyword(), List.of(change.symbols()));
            }
        }
        return new KeywordDictionary(changed);
    }

    /** Every keyword, normalized, with the tickers it stands for. */
    public Map<String, List<String>> entries() {
        return symbolsByKeyword;
    }

    /** The tickers of a normalized keyword, or null. */
    List<String> symbolsOf(String keyword) {
        return symbolsByKeyword.get(keyword);
    }

    /** A keyword as it is matched: its words in lower case, separated by single spaces. */
    public static String normalize(String text) {
        return String.join(" ", words(text));
    }

    /** Whether {@code keyword}, normalized, is usable. */
    public static boolean isValidKeyword(String keyword) {
        int words = keyword.isEmpty() ? 0 : keyword.split(" ").length;
        return keyword.length() >= 2 && keyword.length() <= 64 && words <= MAX_WORDS;
    }

    /** The words of {@code text}, lower case, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The words of {@code text} with their start offsets, for matching in a tweet. */
    static Matcher wordMatcher(String text) {
        return WORD.matcher(text);
    }

    private static KeywordDictionary load() {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        try (InputStream in = KeywordDictionary.class.getResourceAsStream(DEFAULTS);
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                entries.put(
                        normalize(line.substring(0, comma)),
                        List.of(line.substring(comma + 1).trim().split(";")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
        return new KeywordDictionary(entries);
    }
}
