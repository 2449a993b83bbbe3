package io.tradestream.job;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.indicators.IndicatorBar;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.rules.UserDirectoryEntry;
import io.tradestream.model.rules.UserRuleRow;
import io.tradestream.model.sentiment.SymbolSentiment;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.PnlSnapshot;
import io.tradestream.model.trading.PositionSnapshot;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Where the job's results go: Kafka and Cassandra in production, collections in tests. */
public interface TradeStreamOutputs {
    void bars(DataStream<IndicatorBar> bars);

    void sentiment(DataStream<SymbolSentiment> windows);

    void alerts(DataStream<Alert> alerts);

    void deadLetters(DataStream<DeadLetter> deadLetters);

    void ruleRejections(DataStream<RuleRejection> rejections);

    /** Each user's rules as they stand, with the last refusal of each. */
    void userRules(DataStream<UserRuleRow> rows);

    /** The symbols each user's rules watch. */
    void userDirectory(DataStream<UserDirectoryEntry> entries);

    /** Every fill of the strategies' paper orders. */
    void fills(DataStream<Fill> fills);

    /** Strategies' positions after each fill and at each minute while open. */
    void positions(DataStream<PositionSnapshot> positions);

    /** Points of each user's P&L history, per strategy and for the whole portfolio. */
    void pnlHistory(DataStream<PnlSnapshot> points);
}
