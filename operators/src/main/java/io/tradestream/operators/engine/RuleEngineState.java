package io.tradestream.operators.engine;

import io.tradestream.model.engine.ConditionMemories;
import io.tradestream.model.engine.PendingUpdates;
import io.tradestream.model.engine.RuleFiringMemory;
import io.tradestream.model.market.MinuteBars;
import io.tradestream.model.market.SentimentHistory;
import io.tradestream.model.market.SymbolSnapshot;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.trading.OpenBooks;
import io.tradestream.model.trading.StrategyBook;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.BasicArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Every state the rule engine keeps, in one place. The names are part of the savepoint format:
 * renaming one loses that state on upgrade.
 */
public final class RuleEngineState {
    private RuleEngineState() {}

    /** Broadcast: every rule by id, including paused rules and tombstones of deleted ones. */
    public static final MapStateDescriptor<String, Rule> RULES =
            new MapStateDescriptor<>("rules", Types.STRING, Types.POJO(Rule.class));

    /** Keyed by symbol: updates waiting for the watermark, by event-time millisecond. */
    public static final MapStateDescriptor<Long, PendingUpdates> PENDING =
            new MapStateDescriptor<>(
                    "pending-updates", Types.LONG, Types.POJO(PendingUpdates.class));

    /** Keyed by symbol: the latest trade and quote. */
    public static final ValueStateDescriptor<SymbolSnapshot> SNAPSHOT =
            new ValueStateDescriptor<>("symbol-snapshot", Types.POJO(SymbolSnapshot.class));

    /** Keyed by symbol: the one-minute bars the symbol's rules look back over. */
    public static final ValueStateDescriptor<MinuteBars> MINUTE_BARS =
            new ValueStateDescriptor<>("minute-bars", Types.POJO(MinuteBars.class));

    /** Keyed by symbol: tweet sentiment of the last hour, per minute. */
    public static final ValueStateDescriptor<SentimentHistory> SENTIMENT_HISTORY =
            new ValueStateDescriptor<>("sentiment-history", Types.POJO(SentimentHistory.class));

    /** Keyed by symbol: last price of each epoch second, for windowed changes. */
    public static final MapStateDescriptor<Long, Double> PRICE_HISTORY =
            new MapStateDescriptor<>("price-history", Types.LONG, Types.DOUBLE);

    /** Keyed by symbol: each strategy's book (position, working orders) by strategy id. */
    public static final MapStateDescriptor<String, StrategyBook> BOOKS =
            new MapStateDescriptor<>(
                    "strategy-books", Types.STRING, Types.POJO(StrategyBook.class));

    /** Keyed by symbol: the strategies with an open position or a working order. */
    public static final ValueStateDescriptor<OpenBooks> OPEN_BOOKS =
            new ValueStateDescriptor<>("open-books", Types.POJO(OpenBooks.class));

    /** Keyed by symbol: what each condition its rules watch remembers (held, crossings). */
    public static final ValueStateDescriptor<ConditionMemories> CONDITION_MEMORIES =
            new ValueStateDescriptor<>("condition-memories", Types.POJO(ConditionMemories.class));

    /**
     * Keyed by symbol: the source text of the conditions the condition memories' slots are for, in
     * slot order; written only when the symbol's conditions change.
     */
    public static final ValueStateDescriptor<String[]> CONDITION_SOURCES =
            new ValueStateDescriptor<>(
                    "condition-sources", BasicArrayTypeInfo.STRING_ARRAY_TYPE_INFO);

    /** Keyed by symbol: when each rule that fires once or has a cooldown last fired, by rule id. */
    public static final MapStateDescriptor<String, RuleFiringMemory> RULE_FIRINGS =
            new MapStateDescriptor<>(
                    "rule-firings", Types.STRING, Types.POJO(RuleFiringMemory.class));
}
