package io.tradestream.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finance terms and their weights, from lines of the form {@code +0.6 short squeeze}: a weight in
 * [-1, 1], then the term, a phrase of words and emoji (see {@link LexiconTokens}). Lines starting
 * with {@code #} are comments. The bundled lexicon is {@value #BUNDLED}, beside this class.
 */
public final class FinanceLexicon {
    public static final String BUNDLED = "finance-lexicon.txt";

    /**
     * One term of the lexicon.
     *
     * @param phrase the term as written in the lexicon
     * @param tokens the phrase split into tokens, which the text must contain consecutively
     * @param weight its sentiment, from -1 (bearish) to +1 (bullish)
     */
    public record Term(String phrase, List<String> tokens, double weight) {}

    private final Map<String, List<Term>> termsByFirstToken;

    private FinanceLexicon(Map<String, List<Term>> termsByFirstToken) {
        this.termsByFirstToken = termsByFirstToken;
    }

    /** The lexicon shipped with this module, read once per class loader. */
    public static FinanceLexicon bundled() {
        return Bundled.LEXICON;
    }

    /**
     * Reads a lexicon.
     *
     * @param source names the lexicon in error messages
     * @throws IllegalArgumentException naming the line, for a malformed or repeated term
     */
    public static FinanceLexicon parse(String source, List<String> lines) {
        Map<String, List<Term>> termsByFirstToken = new HashMap<>();
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Term term = parseTerm(line, source + " line " + (i + 1));
            if (!seen.add(term.tokens())) {
                throw new IllegalArgumentException(
                        source + " line " + (i + 1) + ": '" + term.phrase() + "' is listed twice");
            }
            termsByFirstToken
                    .computeIfAbsent(term.tokens().get(0), t -> new ArrayList<>())
                    .add(term);
        }
        termsByFirstToken
                .values()
                .forEach(terms -> terms.sort(Comparator.comparingInt(t -> -t.tokens().size())));
        return new FinanceLexicon(termsByFirstToken);
    }

    /** The longest term whose tokens start at {@code start} of {@code tokens}. */
    public Optional<Term> longestMatchAt(List<String> tokens, int start) {
        for (Term term : termsByFirstToken.getOrDefault(tokens.get(start), List.of())) {
            int end = start + term.tokens().size();
            if (end <= tokens.size() && tokens.subList(start, end).equals(term.tokens())) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    private static Term parseTerm(String line, String where) {
        String[] weightAndPhrase = line.split("\\s+", 2);
        if (weightAndPhrase.length < 2) {
            throw new IllegalArgumentException(where + ": expected a weight and a term");
        }
        double weight;
        try {
            weight = Double.parseDouble(weightAndPhrase[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    where + ": weight '" + weightAndPhrase[0] + "' is not a number");
        }
        if (!(weight >= -1 && weight <= 1)) {
            throw new IllegalArgumentException(
                    where + ": weight " + weight + " is outside [-1, 1]");
        }
        String phrase = weightAndPhrase[1];
        List<String> tokens = LexiconTokens.of(phrase);
        if (tokens.isEmpty() || tokens.contains(LexiconTokens.BOUNDARY)) {
            throw new IllegalArgumentException(
                    where + ": '" + phrase + "' has no words or crosses a clause boundary");
        }
        return new Term(phrase, List.copyOf(tokens), weight);
    }

    private static final class Bundled {
        static final FinanceLexicon LEXICON = load();

        private static FinanceLexicon load() {
            try (InputStream in = FinanceLexicon.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the class path");
                }
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return parse(BUNDLED, reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED, e);
            }
        }
    }
}
