package io.tradestream.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Corrects the sentiment model with a finance lexicon.
 *
 * <p>CoreNLP's sentiment model was trained on movie reviews. It reads finance language wrongly:
 * "crushed earnings", "to the moon", "bullish", "upgrade" come out neutral or negative, and "puts"
 * or "short squeeze" mean nothing to it. The lexicon ({@link FinanceLexicon}) weighs those terms.
 *
 * <p><b>Reading.</b> Each term found in the tweet adds its weight; where terms overlap the longest
 * wins ("crushed earnings" +0.8 rather than "crushed" -0.6). A term with a negation ({@link
 * #NEGATORS}) among the {@value #NEGATION_REACH} tokens before it, within the same clause, counts
 * {@value #NEGATED_WEIGHT_FACTOR} times its weight: "not bullish" is a weak negative, not as strong
 * as "bearish". The lexicon score is the sum, clamped to [-1, 1].
 *
 * <p><b>Combining.</b> Without finance terms the model's score stands. With them, the score is
 * {@value #LEXICON_SHARE} × lexicon + (1 − {@value #LEXICON_SHARE}) × model, clamped to [-1, 1]:
 * the lexicon dominates because, where finance terms are present, the model's reading is the one
 * known to be wrong; the model keeps a quarter so that the rest of the tweet's tone ("awful
 * management", "so happy") still moves the score.
 */
public final class FinanceAdjustment {
    public static final double LEXICON_SHARE = 0.75;
    public static final double NEGATED_WEIGHT_FACTOR = -0.5;
    public static final int NEGATION_REACH = 3;

    /** Words that negate a term shortly after them, with and without the apostrophe. */
    public static final Set<String> NEGATORS =
            Set.of(
                    "not",
                    "no",
                    "never",
                    "without",
                    "hardly",
                    "nobody",
                    "nothing",
                    "cannot",
                    "isn't",
                    "isnt",
                    "aren't",
                    "arent",
                    "wasn't",
                    "wasnt",
                    "weren't",
                    "werent",
                    "don't",
                    "dont",
                    "doesn't",
                    "doesnt",
                    "didn't",
                    "didnt",
                    "won't",
                    "wont",
                    "can't",
                    "cant",
                    "couldn't",
                    "couldnt",
                    "ain't",
                    "aint");

    private final FinanceLexicon lexicon;

    public FinanceAdjustment(FinanceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** With the lexicon this module ships. */
    public static FinanceAdjustment withBundledLexicon() {
        return new FinanceAdjustment(FinanceLexicon.bundled());
    }

    /** The finance terms of a raw tweet (links, handles and cashtags do not count). */
    public LexiconReading read(String tweet) {
        List<String> tokens = LexiconTokens.of(TweetText.forLexicon(tweet));
        List<LexiconReading.Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<FinanceLexicon.Term> term = lexicon.longestMatchAt(tokens, i);
            if (term.isEmpty()) {
                i++;
                continue;
            }
            boolean negated = isNegated(tokens, i);
            double weight = term.get().weight() * (negated ? NEGATED_WEIGHT_FACTOR : 1);
            matches.add(new LexiconReading.Match(term.get().phrase(), weight, negated));
            i += term.get().tokens().size();
        }
        double sum = matches.stream().mapToDouble(LexiconReading.Match::weight).sum();
        return new LexiconReading(clamp(sum), List.copyOf(matches));
    }

    /** The adjusted score of a tweet whose model score and lexicon reading are given. */
    public double adjust(double modelScore, LexiconReading reading) {
        if (reading.matches().isEmpty()) {
            return modelScore;
        }
        return clamp(LEXICON_SHARE * reading.score() + (1 - LEXICON_SHARE) * modelScore);
    }

    private static boolean isNegated(List<String> tokens, int termStart) {
        for (int i = termStart - 1; i >= Math.max(0, termStart - NEGATION_REACH); i--) {
            String token = tokens.get(i);
            if (token.equals(LexiconTokens.BOUNDARY)) {
                return false;
            }
            if (NEGATORS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    static double clamp(double score) {
        return Math.max(-1, Math.min(1, score));
    }
}
