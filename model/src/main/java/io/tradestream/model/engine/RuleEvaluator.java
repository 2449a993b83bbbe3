package io.tradestream.model.engine;

import io.tradestream.rules.expr.MarketView;
import java.util.List;
import java.util.function.Consumer;

/**
 * Evaluates the rules of one symbol on one update and reports those that fire. A trade looks only
 * at the price-level rules whose level it crossed, plus each of the symbol's other conditions once;
 * a quote or a minute of sentiment only at the conditions that read them. The rules sharing a
 * condition are visited only when it fires. One instance per task, reused for every update.
 */
public final class RuleEvaluator {
    private final Consumer<CompiledRule> onLevelCrossed = this::levelCrossed;

    // The update being evaluated, set for the level visitor, which must not allocate per trade.
    private RuleFiringStore store;
    private RuleFirings firings;
    private long timestamp;
    private double previousPrice;
    private double price;

    /**
     * A trade moved the symbol's last price from {@code previous} (NaN before the first trade) to
     * the price {@code view} shows.
     *
     * @param memories the symbol's condition memories, updated in place; unused (may be null) if
     *     the symbol has only price-level rules
     */
    public void onTrade(
            SymbolRules rules,
            double previous,
            long tradeTime,
            MarketView view,
            ConditionMemories memories,
            RuleFiringStore firingStore,
            RuleFirings out) {
        store = firingStore;
        firings = out;
        timestamp = tradeTime;
        previousPrice = previous;
        price = view.price();
        double low = Math.min(previous, price);
        double high = Math.max(previous, price);
        if (price > previous) {
            rules.risingStrict.forLevelsBetween(low, high, onLevelCrossed);
            rules.risingInclusive.forLevelsBetween(low, high, onLevelCrossed);
        } else if (price < previous) {
            rules.fallingStrict.forLevelsBetween(low, high, onLevelCrossed);
            rules.fallingInclusive.forLevelsBetween(low, high, onLevelCrossed);
        }
        evaluate(rules, rules.conditions(), tradeTime, view, memories, firingStore, out);
    }

    /** A quote changed the bid and ask. */
    public void onQuote(
            SymbolRules rules,
            long quoteTime,
            MarketView view,
            ConditionMemories memories,
            RuleFiringStore firingStore,
            RuleFirings out) {
        evaluate(rules, rules.readingQuotes(), quoteTime, view, memories, firingStore, out);
    }

    /** A minute of tweet sentiment completed. */
    public void onSentiment(
            SymbolRules rules,
            long time,
            MarketView view,
            ConditionMemories memories,
            RuleFiringStore firingStore,
            RuleFirings out) {
        evaluate(rules, rules.readingSentiment(), time, view, memories, firingStore, out);
    }

    private static void evaluate(
            SymbolRules rules,
            List<ConditionGroup> groups,
            long timestamp,
            MarketView view,
            ConditionMemories memories,
            RuleFiringStore firingStore,
            RuleFirings out) {
        if (groups.isEmpty()) {
            return;
        }
        memories.alignTo(rules);
        for (int i = 0; i < groups.size(); i++) {
            ConditionGroup group = groups.get(i);
            int slot = group.slot;
            boolean holds = group.condition.evaluate(view, memories.crossings[slot]);
            boolean becameTrue = holds && memories.observed[slot] && !memories.held[slot];
            memories.held[slot] = holds;
            memories.observed[slot] = true;
            if (becameTrue) {
                List<CompiledRule> members = group.onChange();
                for (int m = 0; m < members.size(); m++) {
                    CompiledRule rule = members.get(m);
                    if (FiringPolicy.becameTrue(rule, timestamp, firingStore)) {
                        out.fired(rule, timestamp);
                    }
                }
            }
            if (holds
                    && group.hasOncePerBar()
                    && !FiringPolicy.sameBar(memories.oncePerBarFiredAt[slot], timestamp)) {
                memories.oncePerBarFiredAt[slot] = timestamp;
                List<CompiledRule> members = group.oncePerBar();
                for (int m = 0; m < members.size(); m++) {
                    out.fired(members.get(m), timestamp);
                }
            }
        }
    }

    /** The books hold candidates by range; the level's own test settles strict and inclusive. */
    private void levelCrossed(CompiledRule rule) {
        if (rule.level().becomesTrue(previousPrice, price)
                && FiringPolicy.becameTrue(rule, timestamp, store)) {
            firings.fired(rule, timestamp);
        }
    }
}
