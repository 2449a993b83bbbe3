package io.tradestream.model.tweets;

/**
 * A change of the keyword dictionary that maps company names to tickers, from the {@code
 * ticker-keywords} topic.
 *
 * @param keyword the normalized keyword (lower case, single spaces), e.g. {@code "cupertino"}
 * @param symbols the tickers it means; empty for a deletion
 * @param version applied only when newer than the version held for the keyword
 * @param delete whether the keyword is removed (a default one too)
 */
public record KeywordChange(String keyword, String[] symbols, long version, boolean delete) {}
