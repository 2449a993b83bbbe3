package io.tradestream.operators.alerts;

import io.tradestream.model.alerts.RuleSymbolState;
import io.tradestream.model.market.SentimentHistory;
import io.tradestream.model.market.SymbolSnapshot;
import io.tradestream.model.rules.AlertRule;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Every state the alert engine keeps, in one place. The names are part of the savepoint format:
 * renaming one loses that state on upgrade.
 */
public final class AlertEngineState {
    private AlertEngineState() {}

    /** Broadcast: every rule by owner/id, including tombstones of deleted rules. */
    public static final MapStateDescriptor<String, AlertRule> RULES =
            new MapStateDescriptor<>("alert-rules", Types.STRING, Types.POJO(AlertRule.class));

    /** Keyed by symbol: the latest trade and quote. */
    public static final ValueStateDescriptor<SymbolSnapshot> SNAPSHOT =
            new ValueStateDescriptor<>("symbol-snapshot", Types.POJO(SymbolSnapshot.class));

    /** Keyed by symbol: tweet sentiment of the last hour, per minute. */
    public static final ValueStateDescriptor<SentimentHistory> SENTIMENT_HISTORY =
            new ValueStateDescriptor<>("sentiment-history", Types.POJO(SentimentHistory.class));

    /** Keyed by symbol: last price of each epoch second, for windowed changes. */
    public static final MapStateDescriptor<Long, Double> PRICE_HISTORY =
            new MapStateDescriptor<>("price-history", Types.LONG, Types.DOUBLE);

    /** Keyed by symbol: each rule's memory for that symbol (crossings, cooldown). */
    public static final MapStateDescriptor<String, RuleSymbolState> RULE_STATES =
            new MapStateDescriptor<>(
                    "rule-symbol-states", Types.STRING, TypeInformation.of(RuleSymbolState.class));
}
