package io.tradestream.sentiment;

import java.util.List;

/**
 * The finance terms found in a tweet.
 *
 * @param score the sum of the matches' weights, clamped to [-1, 1]; 0 without matches
 * @param matches the terms in the order they occur
 */
public record LexiconReading(double score, List<Match> matches) {
    /**
     * One occurrence of a lexicon term.
     *
     * @param term the term as written in the lexicon
     * @param weight the weight it contributed, after negation
     * @param negated whether a negation before it reversed it
     */
    public record Match(String term, double weight, boolean negated) {}
}
