package io.tradestream.operators.engine;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.engine.CompiledRule;
import io.tradestream.model.engine.ConditionMemories;
import io.tradestream.model.engine.PendingUpdates;
import io.tradestream.model.engine.RuleEvaluator;
import io.tradestream.model.engine.RuleIndex;
import io.tradestream.model.engine.SymbolRules;
import io.tradestream.model.market.MinuteBars;
import io.tradestream.model.market.PriceHistory;
import io.tradestream.model.market.SentimentHistory;
import io.tradestream.model.market.SnapshotMarketView;
import io.tradestream.model.market.SymbolSnapshot;
import io.tradestream.model.market.SymbolUpdate;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.PositionSnapshot;
import io.tradestream.operators.metrics.EventTimeLag;
import io.tradestream.rules.expr.MarketView;
import io.tradestream.rules.expr.RuleSyntaxException;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.FlinkRuntimeException;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates users' rules as the market moves and paper-trades their strategies. Keyed by symbol;
 * rules arrive as broadcast changes and apply without a restart. Alerts and order notices are the
 * main output; fills and position snapshots go to side outputs.
 *
 * <p>Updates wait in state until the watermark passes them, and an event-time timer per millisecond
 * then applies them in a fixed order ({@link PendingUpdates}). So a symbol's trades, quotes and
 * sentiment, which arrive from different topics and operators, are applied in event-time order, and
 * the same input gives the same results whatever the parallelism. An update that arrives after the
 * watermark passed it is counted and dropped: applying it out of order would change history.
 *
 * <p>A minute of sentiment takes effect a publication delay after it ends: its tweets' watermark
 * closes it seconds after its end, and the delay lets the engine's event time run with the market's
 * rather than wait for the tweets' (the sentiment input's watermarks are moved by the same delay,
 * see {@link ShiftedWatermarks}). Rules read sentiment as of {@code now - delay}.
 *
 * <p>The logic lives in the model ({@link RuleEvaluator}, {@link RuleIndex}, {@link MinuteBars},
 * {@link PriceHistory}); this function owns the state, applies rule versions and wires metrics.
 */
public class RuleEngineFunction
        extends KeyedBroadcastProcessFunction<String, SymbolUpdate, Rule, Alert> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngineFunction.class);

    /** Every fill of a strategy's paper orders. */
    public static final OutputTag<Fill> FILLS =
            new OutputTag<>("fills", TypeInformation.of(Fill.class));

    /** Strategies' positions after each fill and at each minute while open. */
    public static final OutputTag<PositionSnapshot> POSITIONS =
            new OutputTag<>("positions", TypeInformation.of(PositionSnapshot.class));

    /** What rules that read no sentiment see instead of loading the symbol's history. */
    private static final SentimentHistory NO_SENTIMENT = new SentimentHistory();

    /** What rules that read no bars see instead of loading the symbol's bars. */
    private static final MinuteBars NO_BARS = new MinuteBars();

    private final long sentimentDelayMillis;

    private transient MapState<Long, PendingUpdates> pending;
    private transient ValueState<SymbolSnapshot> snapshots;
    private transient ValueState<MinuteBars> minuteBars;
    private transient ValueState<SentimentHistory> sentimentHistories;
    private transient MapStatePriceHistoryStore historyStore;
    private transient ValueState<ConditionMemories> conditionMemories;
    private transient ValueState<String[]> conditionSources;
    private transient MapStateRuleFirings ruleFirings;
    private transient SnapshotMarketView view;
    private transient RuleEvaluator evaluator;
    private transient StrategyBooks strategies;
    private transient Counter alertsFired;
    private transient Counter lateUpdates;
    private transient Counter staleRuleVersions;
    private transient EventTimeLag eventTimeLag;

    /**
     * The newest Kafka timestamp among the updates this task has received: the origin of outputs
     * that time alone triggers (minute marks, expiries) or that sentiment causes.
     */
    private transient long newestKafkaTimestamp;

    /** When the market record behind the outputs of the current timer entered Kafka. */
    private transient long kafkaTimestamp;

    /** Rebuilt from broadcast state after a start or restore; never checkpointed itself. */
    private transient RuleIndex index;

    // The symbol being worked on in onTimer, so that applying one update allocates nothing, and
    // the event time its updates take effect (sentiment's: its minute's end plus the delay).
    private transient long now;
    private transient String symbol;
    private transient SymbolRules rules;
    private transient SymbolSnapshot snapshot;
    private transient PriceHistory history;
    private transient MinuteBars bars;
    private transient SentimentHistory sentiment;
    private transient ConditionMemories memories;

    /** Whether the symbol's conditions changed since its memories were written. */
    private transient boolean conditionsChanged;

    private transient Collector<Alert> out;

    /**
     * @param sentimentDelayMillis how long after its end a minute of sentiment takes effect
     */
    public RuleEngineFunction(long sentimentDelayMillis) {
        if (sentimentDelayMillis < 0) {
            throw new IllegalArgumentException(
                    "the sentiment delay must not be negative, got " + sentimentDelayMillis);
        }
        this.sentimentDelayMillis = sentimentDelayMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        pending = getRuntimeContext().getMapState(RuleEngineState.PENDING);
        snapshots = getRuntimeContext().getState(RuleEngineState.SNAPSHOT);
        minuteBars = getRuntimeContext().getState(RuleEngineState.MINUTE_BARS);
        sentimentHistories = getRuntimeContext().getState(RuleEngineState.SENTIMENT_HISTORY);
        historyStore =
                new MapStatePriceHistoryStore(
                        getRuntimeContext().getMapState(RuleEngineState.PRICE_HISTORY));
        conditionMemories = getRuntimeContext().getState(RuleEngineState.CONDITION_MEMORIES);
        conditionSources = getRuntimeContext().getState(RuleEngineState.CONDITION_SOURCES);
        ruleFirings =
                new MapStateRuleFirings(
                        getRuntimeContext().getMapState(RuleEngineState.RULE_FIRINGS));
        view = new SnapshotMarketView(sentimentDelayMillis);
        evaluator = new RuleEvaluator();
        strategies =
                new StrategyBooks(
                        getRuntimeContext().getMapState(RuleEngineState.BOOKS),
                        getRuntimeContext().getState(RuleEngineState.OPEN_BOOKS),
                        FILLS,
                        POSITIONS,
                        getRuntimeContext().getMetricGroup().counter("ordersFilled"));
        alertsFired = getRuntimeContext().getMetricGroup().counter("alertsFired");
        lateUpdates = getRuntimeContext().getMetricGroup().counter("lateUpdates");
        staleRuleVersions = getRuntimeContext().getMetricGroup().counter("staleRuleVersions");
        getRuntimeContext()
                .getMetricGroup()
                .gauge("activeRules", () -> index == null ? 0 : index.size());
        eventTimeLag = EventTimeLag.register(getRuntimeContext().getMetricGroup());
    }

    @Override
    public void processElement(SymbolUpdate update, ReadOnlyContext ctx, Collector<Alert> out)
            throws Exception {
        long timestamp =
                update.sentiment() != null
                        ? update.timestamp() + sentimentDelayMillis
                        : update.timestamp();
        long watermark = ctx.timerService().currentWatermark();
        eventTimeLag.observe(watermark);
        newestKafkaTimestamp = Math.max(newestKafkaTimestamp, update.kafkaTimestamp());
        if (timestamp <= watermark) {
            lateUpdates.inc();
            return;
        }
        PendingUpdates waiting = pending.get(timestamp);
        if (waiting == null) {
            waiting = new PendingUpdates();
            ctx.timerService().registerEventTimeTimer(timestamp);
        }
        waiting.add(update);
        pending.put(timestamp, waiting);
    }

    /**
     * Event time reached {@code timestamp}: applies the updates of that millisecond, then the
     * strategies' deadlines, and at a minute boundary values their open positions (a minute in
     * which the symbol traded or was quoted ends with a mark).
     */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> collector)
            throws Exception {
        eventTimeLag.observe(ctx.timerService().currentWatermark());
        PendingUpdates due = pending.get(timestamp);
        if (due != null) {
            pending.remove(timestamp);
        } else {
            due = new PendingUpdates();
        }
        ReadOnlyBroadcastState<String, Rule> versions =
                ctx.getBroadcastState(RuleEngineState.RULES);
        load(ctx.getCurrentKey(), index(versions), due);
        out = collector;
        now = timestamp;
        kafkaTimestamp = due.kafkaTimestamp > 0 ? due.kafkaTimestamp : newestKafkaTimestamp;
        strategies.begin(symbol, versions, snapshot, ctx::output, collector, kafkaTimestamp);
        due.forEachInOrder(this::apply);
        strategies.onTime(timestamp);
        if (timestamp % MarketView.BAR_MILLIS == 0) {
            strategies.mark(timestamp);
        }
        strategies.finish(timestamp, due.trades.length + due.quotes.length > 0, ctx.timerService());
        save(due);
    }

    private void load(String key, RuleIndex ruleIndex, PendingUpdates due) throws Exception {
        symbol = key;
        rules = ruleIndex.rulesFor(key);
        SymbolSnapshot held = snapshots.value();
        snapshot = held != null ? held : new SymbolSnapshot();
        history = new PriceHistory(snapshot, historyStore);
        bars = NO_BARS;
        if (rules.barsNeeded() > 0) {
            MinuteBars heldBars = minuteBars.value();
            bars = heldBars != null ? heldBars : new MinuteBars();
        }
        sentiment = NO_SENTIMENT;
        if (due.sentiment.length > 0 || rules.readsSentiment()) {
            SentimentHistory heldSentiment = sentimentHistories.value();
            sentiment = heldSentiment != null ? heldSentiment : new SentimentHistory();
        }
        memories = null;
        conditionsChanged = false;
        if (evaluatesConditions(due)) {
            ConditionMemories heldMemories = conditionMemories.value();
            memories = heldMemories != null ? heldMemories : new ConditionMemories();
            if (!memories.arrangedFor(rules)) {
                // The evaluation rearranges the slots, so it needs the conditions they are for.
                memories.restoreConditions(conditionSources.value());
                conditionsChanged = true;
            }
        }
    }

    /**
     * Whether applying {@code due} evaluates any of the symbol's conditions (as {@link
     * RuleEvaluator} routes updates): a trade evaluates them all, a quote or sentiment only those
     * that read it. Only then are the condition memories read and written.
     */
    private boolean evaluatesConditions(PendingUpdates due) {
        return rules.hasConditions()
                && (due.trades.length > 0
                        || (due.quotes.length > 0 && rules.readsQuotes())
                        || (due.sentiment.length > 0 && rules.readsSentiment()));
    }

    private void save(PendingUpdates applied) throws Exception {
        if (applied.trades.length > 0 || applied.quotes.length > 0) {
            snapshots.update(snapshot);
        }
        if (applied.trades.length > 0 && bars != NO_BARS) {
            minuteBars.update(bars);
        }
        if (applied.sentiment.length > 0) {
            sentimentHistories.update(sentiment);
        }
        if (memories != null) {
            conditionMemories.update(memories);
            if (conditionsChanged) {
                conditionSources.update(memories.conditions());
            }
        }
    }

    private void apply(SymbolUpdate update) {
        try {
            applyInOrder(update);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot apply " + update + " to " + symbol, e);
        }
    }

    private void applyInOrder(SymbolUpdate update) throws Exception {
        long timestamp = now;
        view.reset(snapshot, history, bars, sentiment, timestamp);
        if (update.trade() != null) {
            double previous = snapshot.lastPrice;
            applyTrade(update.trade());
            strategies.onTrade(update.trade().price(), timestamp);
            evaluator.onTrade(rules, previous, timestamp, view, memories, ruleFirings, this::fired);
        } else if (update.quote() != null) {
            applyQuote(update.quote());
            strategies.onQuote(timestamp);
            evaluator.onQuote(rules, timestamp, view, memories, ruleFirings, this::fired);
        } else {
            sentiment.record(update.sentiment());
            evaluator.onSentiment(rules, timestamp, view, memories, ruleFirings, this::fired);
        }
    }

    /** An alert tells its owner; a strategy places its order. */
    private void fired(CompiledRule rule, long timestamp) {
        if (rule.rule().isStrategy()) {
            strategies.signal(rule.rule(), timestamp);
            return;
        }
        alertsFired.inc();
        out.collect(
                Alert.fired(rule.rule(), symbol, timestamp, snapshot.lastPrice)
                        .withKafkaTimestamp(kafkaTimestamp));
    }

    private void applyTrade(Trade trade) {
        snapshot.lastTradeTime = trade.timestamp();
        snapshot.lastPrice = trade.price();
        history.record(trade.timestamp(), trade.price(), rules.historySeconds());
        if (bars != NO_BARS) {
            bars.record(trade.timestamp(), trade.price(), trade.size(), rules.barsNeeded());
        }
    }

    private void applyQuote(Quote quote) {
        snapshot.lastQuoteTime = quote.timestamp();
        snapshot.bid = quote.bid();
        snapshot.ask = quote.ask();
    }

    /**
     * Applies a rule version. Versions of one rule come in order from the rule admission, so an
     * older one can only be a duplicate; it is counted and ignored.
     */
    @Override
    public void processBroadcastElement(Rule rule, Context ctx, Collector<Alert> collector)
            throws Exception {
        BroadcastState<String, Rule> held = ctx.getBroadcastState(RuleEngineState.RULES);
        RuleIndex ruleIndex = index(held);
        Rule previous = held.get(rule.id());
        if (previous != null && rule.version() <= previous.version()) {
            staleRuleVersions.inc();
            return;
        }
        held.put(rule.id(), rule);
        ruleIndex.remove(rule.id());
        if (rule.isActive()) {
            ruleIndex.put(CompiledRule.compile(rule));
        }
        if (previous != null && rule.status() == RuleStatus.DELETED) {
            // A deleted rule's firing memories would otherwise stay in symbols' state for good.
            String id = rule.id();
            ctx.applyToKeyedState(
                    RuleEngineState.RULE_FIRINGS, (key, firings) -> firings.remove(id));
        }
    }

    private RuleIndex index(ReadOnlyBroadcastState<String, Rule> rules) throws Exception {
        if (index == null) {
            index = new RuleIndex();
            for (Map.Entry<String, Rule> entry : rules.immutableEntries()) {
                Rule rule = entry.getValue();
                if (rule.isActive()) {
                    try {
                        index.put(CompiledRule.compile(rule));
                    } catch (RuleSyntaxException e) {
                        // Only possible if the language tightened across an upgrade.
                        LOG.warn(
                                "rule {} no longer compiles and is skipped: {}",
                                entry.getKey(),
                                e.getMessage());
                    }
                }
            }
        }
        return index;
    }
}
