package io.tradestream.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Kafka topics TradeStream uses, with the partition counts of the local stack. */
final class Topics {
    private Topics() {}

    /**
     * Market data, tweets and alerts are spread over partitions (keyed by symbol, tweet id, user);
     * rules, keyword changes and refusals are few and keep one order in one partition.
     */
    static Map<String, Integer> partitionsByTopic() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        topics.put("trades", 4);
        topics.put("quotes", 4);
        topics.put("tweets", 4);
        topics.put("ticker-keywords", 1);
        topics.put("rules", 1);
        topics.put("alerts", 4);
        topics.put("dead-letters", 1);
        topics.put("rule-rejections", 1);
        return topics;
    }
}
