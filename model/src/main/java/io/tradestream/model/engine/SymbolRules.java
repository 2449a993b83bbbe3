package io.tradestream.model.engine;

import io.tradestream.rules.expr.PriceLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The active rules watching one symbol, arranged so that an update touches only the rules it can
 * change: price-level rules by level, the others by the inputs they read.
 */
public final class SymbolRules {
    static final SymbolRules NONE = new SymbolRules();

    /** Rules evaluated on every trade: every rule that is not indexed by price level. */
    final List<CompiledRule> general = new ArrayList<>(2);

    /** The general rules a quote can change: they read bid, ask or spread. */
    final List<CompiledRule> readingQuotes = new ArrayList<>(0);

    /** The general rules new sentiment can change. */
    final List<CompiledRule> readingSentiment = new ArrayList<>(0);

    final LevelBook risingStrict = new LevelBook();
    final LevelBook risingInclusive = new LevelBook();
    final LevelBook fallingStrict = new LevelBook();
    final LevelBook fallingInclusive = new LevelBook();

    private int barsNeeded;
    private long historyMillis;
    private boolean readsSentiment;

    void add(CompiledRule rule) {
        if (rule.level() != null) {
            book(rule.level()).add(rule);
            return;
        }
        general.add(rule);
        if (rule.condition().usesQuotes()) {
            readingQuotes.add(rule);
        }
        if (rule.condition().usesSentiment()) {
            readingSentiment.add(rule);
        }
        barsNeeded = Math.max(barsNeeded, rule.condition().barsNeeded());
        historyMillis = Math.max(historyMillis, rule.condition().maxWindowMillis());
        readsSentiment |= rule.condition().usesSentiment();
    }

    void remove(CompiledRule rule) {
        if (rule.level() != null) {
            book(rule.level()).remove(rule.id());
            return;
        }
        general.removeIf(r -> r.id().equals(rule.id()));
        readingQuotes.removeIf(r -> r.id().equals(rule.id()));
        readingSentiment.removeIf(r -> r.id().equals(rule.id()));
        barsNeeded = 0;
        historyMillis = 0;
        readsSentiment = false;
        for (CompiledRule other : general) {
            barsNeeded = Math.max(barsNeeded, other.condition().barsNeeded());
            historyMillis = Math.max(historyMillis, other.condition().maxWindowMillis());
            readsSentiment |= other.condition().usesSentiment();
        }
    }

    boolean isEmpty() {
        return general.isEmpty()
                && risingStrict.size() == 0
                && risingInclusive.size() == 0
                && fallingStrict.size() == 0
                && fallingInclusive.size() == 0;
    }

    public int size() {
        return general.size()
                + risingStrict.size()
                + risingInclusive.size()
                + fallingStrict.size()
                + fallingInclusive.size();
    }

    /** One-minute bars the rules look back over, the current one included. */
    public int barsNeeded() {
        return barsNeeded;
    }

    /** Seconds of price history the rules' {@code change_pct} windows need. */
    public long historySeconds() {
        return (historyMillis + 999) / 1000;
    }

    /** Whether any rule reads the symbol's tweet sentiment. */
    public boolean readsSentiment() {
        return readsSentiment;
    }

    private LevelBook book(PriceLevel level) {
        if (level.rising()) {
            return level.inclusive() ? risingInclusive : risingStrict;
        }
        return level.inclusive() ? fallingInclusive : fallingStrict;
    }
}
