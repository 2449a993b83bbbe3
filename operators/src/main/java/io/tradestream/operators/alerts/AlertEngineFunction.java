package io.tradestream.operators.alerts;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.alerts.AlertTrigger;
import io.tradestream.model.alerts.CompiledAlertRule;
import io.tradestream.model.alerts.RuleIndex;
import io.tradestream.model.alerts.RuleSymbolState;
import io.tradestream.model.market.PriceHistory;
import io.tradestream.model.market.SentimentHistory;
import io.tradestream.model.market.SnapshotMarketView;
import io.tradestream.model.market.SymbolSnapshot;
import io.tradestream.model.market.SymbolUpdate;
import io.tradestream.model.rules.AlertRule;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.rules.expr.RuleSyntaxException;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates users' alert rules as the market moves. Keyed by symbol; rules arrive as broadcast
 * changes and are applied without a restart.
 *
 * <p>The logic lives in the model ({@link AlertTrigger}, {@link PriceHistory}, {@link RuleIndex});
 * this function owns the state, applies rule versions and wires metrics. Broadcast changes can
 * reach parallel tasks in different orders, so a change is applied only when its version is newer
 * than the one held; an older one is refused (reported once, by the first task).
 */
public class AlertEngineFunction
        extends KeyedBroadcastProcessFunction<String, SymbolUpdate, RuleChange, Alert> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngineFunction.class);

    /** Rule changes refused here because a newer version is already applied. */
    public static final OutputTag<RuleRejection> STALE_RULE_CHANGES =
            new OutputTag<>("stale-rule-changes") {};

    /** What rules that read no sentiment see instead of loading the symbol's history. */
    private static final SentimentHistory NO_SENTIMENT = new SentimentHistory();

    private transient ValueState<SymbolSnapshot> snapshots;
    private transient ValueState<SentimentHistory> sentimentHistories;
    private transient MapState<String, RuleSymbolState> ruleStates;
    private transient MapStatePriceHistoryStore historyStore;
    private transient SnapshotMarketView view;
    private transient Counter alertsFired;

    /** Rebuilt from broadcast state after a start or restore; never checkpointed itself. */
    private transient RuleIndex index;

    @Override
    public void open(OpenContext openContext) {
        snapshots = getRuntimeContext().getState(AlertEngineState.SNAPSHOT);
        sentimentHistories = getRuntimeContext().getState(AlertEngineState.SENTIMENT_HISTORY);
        ruleStates = getRuntimeContext().getMapState(AlertEngineState.RULE_STATES);
        historyStore =
                new MapStatePriceHistoryStore(
                        getRuntimeContext().getMapState(AlertEngineState.PRICE_HISTORY));
        view = new SnapshotMarketView();
        alertsFired = getRuntimeContext().getMetricGroup().counter("alertsFired");
        getRuntimeContext()
                .getMetricGroup()
                .gauge("activeRules", () -> index == null ? 0 : index.size());
    }

    @Override
    public void processElement(SymbolUpdate update, ReadOnlyContext ctx, Collector<Alert> out)
            throws Exception {
        RuleIndex rules = index(ctx.getBroadcastState(AlertEngineState.RULES));
        String symbol = update.symbol();
        List<CompiledAlertRule> watching = rules.rulesFor(symbol);
        SymbolSnapshot snapshot = snapshots.value();
        if (snapshot == null) {
            snapshot = new SymbolSnapshot();
        }
        PriceHistory history = new PriceHistory(snapshot, historyStore);
        SentimentHistory sentiment = sentimentHistory(update, watching);
        if (update.sentiment() != null) {
            sentiment.record(update.sentiment());
            sentimentHistories.update(sentiment);
        } else {
            boolean advanced =
                    update.trade() != null
                            ? applyTrade(update.trade(), snapshot, history, rules)
                            : applyQuote(update.quote(), snapshot);
            if (!advanced) {
                // Older than what this symbol has already seen: it cannot change the current view.
                return;
            }
            snapshots.update(snapshot);
        }
        view.reset(snapshot, history, sentiment, update.timestamp());
        for (CompiledAlertRule rule : watching) {
            if (!canChange(rule, update)) {
                continue;
            }
            String key = rule.rule().key();
            RuleSymbolState state = ruleStates.get(key);
            if (state == null) {
                state = new RuleSymbolState();
            }
            Alert alert = AlertTrigger.evaluate(rule, symbol, update.timestamp(), view, state);
            ruleStates.put(key, state);
            if (alert != null) {
                alertsFired.inc();
                out.collect(alert);
            }
        }
    }

    /** Trades can change every condition; quotes and sentiment only those that read them. */
    private static boolean canChange(CompiledAlertRule rule, SymbolUpdate update) {
        if (update.quote() != null) {
            return rule.condition().usesQuotes();
        }
        return update.sentiment() == null || rule.condition().usesSentiment();
    }

    /** The symbol's sentiment history, loaded only when it is updated or a rule reads it. */
    private SentimentHistory sentimentHistory(SymbolUpdate update, List<CompiledAlertRule> watching)
            throws Exception {
        boolean needed = update.sentiment() != null;
        for (int i = 0; !needed && i < watching.size(); i++) {
            needed = watching.get(i).condition().usesSentiment();
        }
        if (!needed) {
            return NO_SENTIMENT;
        }
        SentimentHistory held = sentimentHistories.value();
        return held != null ? held : new SentimentHistory();
    }

    private static boolean applyTrade(
            Trade trade, SymbolSnapshot snapshot, PriceHistory history, RuleIndex rules) {
        if (trade.timestamp() < snapshot.lastTradeTime) {
            return false;
        }
        snapshot.lastTradeTime = trade.timestamp();
        snapshot.lastPrice = trade.price();
        history.record(trade.timestamp(), trade.price(), rules.historySecondsFor(trade.symbol()));
        return true;
    }

    private static boolean applyQuote(Quote quote, SymbolSnapshot snapshot) {
        if (quote.timestamp() < snapshot.lastQuoteTime) {
            return false;
        }
        snapshot.lastQuoteTime = quote.timestamp();
        snapshot.bid = quote.bid();
        snapshot.ask = quote.ask();
        return true;
    }

    @Override
    public void processBroadcastElement(RuleChange change, Context ctx, Collector<Alert> out)
            throws Exception {
        BroadcastState<String, AlertRule> rules = ctx.getBroadcastState(AlertEngineState.RULES);
        RuleIndex ruleIndex = index(rules);
        AlertRule rule = change.rule();
        AlertRule held = rules.get(rule.key());
        if (held != null && rule.version() <= held.version()) {
            refuseStale(change, held, ctx);
            return;
        }
        rules.put(rule.key(), rule);
        ruleIndex.remove(rule.key());
        if (rule.isActive()) {
            ruleIndex.put(CompiledAlertRule.compile(rule));
        }
        if (held != null && held.isActive()) {
            // The old version's memory of crossings and cooldowns must not leak into the new one.
            String key = rule.key();
            ctx.applyToKeyedState(
                    AlertEngineState.RULE_STATES, (symbol, states) -> states.remove(key));
        }
    }

    private void refuseStale(RuleChange change, AlertRule held, Context ctx) {
        if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() != 0) {
            return;
        }
        AlertRule rule = change.rule();
        ctx.output(
                STALE_RULE_CHANGES,
                RuleRejection.of(
                        rule.owner(),
                        rule.id(),
                        "version "
                                + rule.version()
                                + " of rule '"
                                + rule.id()
                                + "' is not newer than the applied version "
                                + held.version()
                                + "; send the change again with a version above "
                                + held.version(),
                        new byte[0],
                        change.sourceTopic(),
                        change.partition(),
                        change.offset()));
    }

    private RuleIndex index(ReadOnlyBroadcastState<String, AlertRule> rules) throws Exception {
        if (index == null) {
            index = new RuleIndex();
            for (Map.Entry<String, AlertRule> entry : rules.immutableEntries()) {
                AlertRule rule = entry.getValue();
                if (rule.isActive()) {
                    try {
                        index.put(CompiledAlertRule.compile(rule));
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
