package io.tradestream.model.tweets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tickers a tweet mentions: cashtags ({@code $AAPL}, {@code $BRK.B}) and keywords of a
 * {@link KeywordDictionary} ("Apple", "Texas Instruments"), in order of first mention, each once.
 *
 * <p>Cashtags are read from the raw text, because a tokenizer splits {@code $AAPL}; amounts such as
 * {@code $250} or {@code $1.5B} are not cashtags. Keywords match whole words, the longest keyword
 * at each word first. A tweet yields at most {@value #MAX_TICKERS} tickers: a tweet that lists more
 * is spam, and its first ones are kept.
 */
public final class TickerExtractor {
    public static final int MAX_TICKERS = 10;

    public static final Pattern CASHTAG =
            Pattern.compile("(?<![\\w$])\\$([A-Za-z]{1,5}(?:\\.[A-Za-z]{1,2})?)(?![A-Za-z0-9])");

    private final KeywordDictionary dictionary;

    public TickerExtractor(KeywordDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<String> extract(String text) {
        // Mentions by their offset in the text, so that both kinds keep the order of the text.
        TreeMap<Integer, List<String>> byOffset = new TreeMap<>();
        Matcher cashtags = CASHTAG.matcher(text);
        while (cashtags.find()) {
            byOffset.put(cashtags.start(), List.of(cashtags.group(1).toUpperCase(Locale.ROOT)));
        }
        addKeywords(text, byOffset);
        Set<String> tickers = new LinkedHashSet<>();
        for (List<String> mentioned : byOffset.values()) {
            for (String ticker : mentioned) {
                if (tickers.size() == MAX_TICKERS) {
                    return List.copyOf(tickers);
                }
                tickers.add(ticker);
            }
        }
        return List.copyOf(tickers);
    }

    private void addKeywords(String text, TreeMap<Integer, List<String>> byOffset) {
        List<String> words = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Matcher matcher = KeywordDictionary.wordMatcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
            offsets.add(matcher.start());
        }
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(KeywordDictionary.MAX_WORDS, words.size() - i); n > 0; n--) {
                List<String> symbols =
                        dictionary.symbolsOf(String.join(" ", words.subList(i, i + n)));
                if (symbols != null) {
                    byOffset.putIfAbsent(offsets.get(i), symbols);
                    matched = n;
                    break;
                }
            }
            i += Math.max(matched, 1);
        }
    }
}
