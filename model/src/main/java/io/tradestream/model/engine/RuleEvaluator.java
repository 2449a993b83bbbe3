package io.tradestream.model.engine;

import io.tradestream.rules.expr.MarketView;
import java.util.List;
import java.util.function.Consumer;

/**
 * Evaluates the rules of one symbol on one update and reports those that fire. A trade looks only
 * at the price-level rules whose level it crossed, plus the symbol's other rules; a quote or a
 * minute of sentiment only at the rules that read them. One instance per task, reused for every
 * update.
 */
public final class RuleEvaluator {
    private final Consumer<CompiledRule> onLevelCrossed = this::levelCrossed;

    // The update being evaluated, set for the level visitor, which must not allocate per trade.
    private RuleStateStore states;
    private RuleFirings firings;
    private long timestamp;
    private double previousPrice;
    private double price;

    /**
     * A trade moved the symbol's last price from {@code previous} (NaN before the first trade) to
     * the price {@code view} shows.
     */
    public void onTrade(
            SymbolRules rules,
            double previous,
            long tradeTime,
            MarketView view,
            RuleStateStore store,
            RuleFirings out) {
        states = store;
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
        evaluate(rules.general, tradeTime, view, store, out);
    }

    /** A quote changed the bid and ask. */
    public void onQuote(
            SymbolRules rules,
            long quoteTime,
            MarketView view,
            RuleStateStore store,
            RuleFirings out) {
        evaluate(rules.readingQuotes, quoteTime, view, store, out);
    }

    /** A minute of tweet sentiment completed. */
    public void onSentiment(
            SymbolRules rules, long time, MarketView view, RuleStateStore store, RuleFirings out) {
        evaluate(rules.readingSentiment, time, view, store, out);
    }

    private static void evaluate(
            List<CompiledRule> rules,
            long timestamp,
            MarketView view,
            RuleStateStore store,
            RuleFirings out) {
        for (int i = 0; i < rules.size(); i++) {
            CompiledRule rule = rules.get(i);
            RuleSymbolState state = store.get(rule.id());
            if (state == null) {
                state = new RuleSymbolState();
            }
            boolean fires = FiringPolicy.evaluate(rule, view, timestamp, state);
            store.put(rule.id(), state);
            if (fires) {
                out.fired(rule, timestamp);
            }
        }
    }

    /** The books hold candidates by range; the level's own test settles strict and inclusive. */
    private void levelCrossed(CompiledRule rule) {
        if (!rule.level().becomesTrue(previousPrice, price)) {
            return;
        }
        if (!FiringPolicy.needsMemory(rule)) {
            firings.fired(rule, timestamp);
            return;
        }
        RuleSymbolState fired = FiringPolicy.levelCrossed(rule, timestamp, states.get(rule.id()));
        if (fired != null) {
            states.put(rule.id(), fired);
            firings.fired(rule, timestamp);
        }
    }
}
