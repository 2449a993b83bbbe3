package io.tradestream.job;

/**
 * Stable operator ids. They tie savepoint state to operators: changing one orphans that operator's
 * state on upgrade, so treat them as a public format.
 */
public final class OperatorIds {
    public static final String SOURCE_MARKET_DATA = "source-market-data";
    public static final String SOURCE_RULES = "source-rules";
    public static final String SPLIT_MARKET_DATA = "split-market-data";
    public static final String SOURCE_TWEETS = "source-tweets";
    public static final String SOURCE_KEYWORDS = "source-ticker-keywords";
    public static final String SPLIT_TWEETS = "split-tweets";
    public static final String SPLIT_KEYWORDS = "split-ticker-keywords";
    public static final String TICKER_EXTRACTION = "ticker-extraction";
    public static final String SENTIMENT_SCORING = "sentiment-scoring";
    public static final String SENTIMENT_1M = "sentiment-1m";
    public static final String SENTIMENT_SLIDING = "sentiment-sliding";
    public static final String MARKET_UPDATES = "market-updates";
    public static final String SENTIMENT_UPDATES = "sentiment-updates";
    public static final String SENTIMENT_PUBLICATION = "sentiment-publication";
    public static final String TRADE_QUOTE_JOIN = "trade-quote-join";
    public static final String BARS_1S = "bars-1s";
    public static final String BARS_1M = "bars-1m";
    public static final String BAR_INDICATORS = "bar-indicators";
    public static final String RULE_OWNERSHIP = "rule-ownership";
    public static final String RULE_ADMISSION = "rule-admission";
    public static final String RULE_ENGINE = "rule-engine";
    public static final String PORTFOLIO = "portfolio";
    public static final String TO_FILL_ROWS = "to-fill-rows";
    public static final String SINK_FILLS_CASSANDRA = "sink-fills-cassandra";
    public static final String TO_POSITION_BY_SYMBOL_ROWS = "to-position-by-symbol-rows";
    public static final String SINK_POSITIONS_BY_SYMBOL_CASSANDRA =
            "sink-positions-by-symbol-cassandra";
    public static final String TO_POSITION_BY_USER_ROWS = "to-position-by-user-rows";
    public static final String SINK_POSITIONS_BY_USER_CASSANDRA =
            "sink-positions-by-user-cassandra";
    public static final String TO_PNL_ROWS = "to-pnl-rows";
    public static final String SINK_PNL_CASSANDRA = "sink-pnl-cassandra";
    public static final String SINK_BARS_CASSANDRA = "sink-bars-cassandra";
    public static final String SINK_ALERTS_CASSANDRA = "sink-alerts-cassandra";
    public static final String SINK_ALERTS_KAFKA = "sink-alerts-kafka";
    public static final String SINK_DEAD_LETTERS_KAFKA = "sink-dead-letters-kafka";
    public static final String SINK_RULE_REJECTIONS_KAFKA = "sink-rule-rejections-kafka";
    public static final String TO_BAR_ROWS = "to-bar-rows";
    public static final String TO_ALERT_ROWS = "to-alert-rows";
    public static final String SINK_SENTIMENT_CASSANDRA = "sink-sentiment-cassandra";
    public static final String TO_SENTIMENT_ROWS = "to-sentiment-rows";
    public static final String TO_USER_RULE_ROWS = "to-user-rule-rows";
    public static final String SINK_USER_RULES_CASSANDRA = "sink-user-rules-cassandra";
    public static final String TO_USER_DIRECTORY_ROWS = "to-user-directory-rows";
    public static final String SINK_USER_DIRECTORY_CASSANDRA = "sink-user-directory-cassandra";

    private OperatorIds() {}
}
