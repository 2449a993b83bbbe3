package io.tradestream.ingestion.tweets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The X filtered-stream rules that match the users' tickers and keywords: cashtags and quoted
 * company names joined by OR, packed into as few rules as fit X's 512-character limit, English
 * only. Every rule carries the tag {@value #TAG}, so that a sync replaces TradeStream's own rules
 * and leaves others alone.
 */
final class StreamRules {
    static final String TAG = "tradestream";
    static final int MAX_RULE_LENGTH = 512;
    private static final String SUFFIX = ") lang:en";

    private StreamRules() {}

    /**
     * @param tickers symbols such as {@code AAPL}
     * @param keywords company names or phrases such as {@code texas instruments}
     */
    static List<String> build(List<String> tickers, List<String> keywords) {
        List<String> terms = new ArrayList<>();
        for (String ticker : tickers) {
            terms.add("$" + ticker.toUpperCase(Locale.ROOT));
        }
        for (String keyword : keywords) {
            terms.add("\"" + keyword.replace("\"", "") + "\"");
        }
        List<String> rules = new ArrayList<>();
        StringBuilder rule = new StringBuilder();
        for (String term : terms) {
            int length = rule.length() + " OR ".length() + term.length() + SUFFIX.length();
            if (rule.length() > 0 && length > MAX_RULE_LENGTH) {
                rules.add(rule.append(SUFFIX).toString());
                rule.setLength(0);
            }
            rule.append(rule.length() == 0 ? "(" : " OR ").append(term);
        }
        if (rule.length() > 0) {
            rules.add(rule.append(SUFFIX).toString());
        }
        return rules;
    }
}
