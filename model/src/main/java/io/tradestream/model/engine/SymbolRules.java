package io.tradestream.model.engine;

import io.tradestream.rules.expr.CompiledCondition;
import io.tradestream.rules.expr.PriceLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active rules watching one symbol, arranged so that an update touches only what it can change:
 * price-level rules by level, the others grouped by condition, and those groups by the inputs they
 * read.
 *
 * <p>Changes only mark the arrangement stale; it is rebuilt at the next lookup, so loading many
 * rules costs one sort rather than one insertion each.
 */
public final class SymbolRules {
    static final SymbolRules NONE = new SymbolRules();

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** Ends each source in the fingerprint, so that ["a b", "c"] and ["a", "b c"] differ. */
    private static final char SOURCE_END = '\uFFFF';

    private static final Comparator<ConditionGroup> BY_SOURCE =
            Comparator.comparing(ConditionGroup::source);

    private final Map<String, ConditionGroup> groupsBySource = new HashMap<>();

    /** Every condition group, by source text; a group's slot is its position here. */
    private final List<ConditionGroup> conditions = new ArrayList<>(2);

    /** The groups a quote can change: they read bid, ask or spread. */
    private final List<ConditionGroup> readingQuotes = new ArrayList<>(0);

    /** The groups new sentiment can change. */
    private final List<ConditionGroup> readingSentiment = new ArrayList<>(0);

    final LevelBook risingStrict = new LevelBook();
    final LevelBook risingInclusive = new LevelBook();
    final LevelBook fallingStrict = new LevelBook();
    final LevelBook fallingInclusive = new LevelBook();

    private boolean arranged = true;
    private long conditionsFingerprint = fingerprint(conditions);
    private int groupedRules;
    private int barsNeeded;
    private long historyMillis;
    private boolean readsSentiment;

    void add(CompiledRule rule) {
        if (rule.level() != null) {
            book(rule.level()).add(rule);
            return;
        }
        ConditionGroup group = groupsBySource.get(rule.condition().source());
        if (group == null) {
            group = new ConditionGroup(rule.condition());
            groupsBySource.put(group.source(), group);
            conditions.add(group);
            arranged = false;
            CompiledCondition condition = rule.condition();
            barsNeeded = Math.max(barsNeeded, condition.barsNeeded());
            historyMillis = Math.max(historyMillis, condition.maxWindowMillis());
            readsSentiment |= condition.usesSentiment();
        }
        group.add(rule);
        groupedRules++;
    }

    void remove(CompiledRule rule) {
        if (rule.level() != null) {
            book(rule.level()).remove(rule.id());
            return;
        }
        ConditionGroup group = groupsBySource.get(rule.condition().source());
        int before = group.size();
        group.remove(rule.id());
        groupedRules -= before - group.size();
        if (group.isEmpty()) {
            groupsBySource.remove(group.source());
            conditions.remove(group);
            arranged = false;
            recomputeNeeds();
        }
    }

    /** The condition already compiled for {@code source} on this symbol, or null. */
    CompiledCondition condition(String source) {
        ConditionGroup group = groupsBySource.get(source);
        return group == null ? null : group.condition;
    }

    /** Every condition group, in slot order. */
    List<ConditionGroup> conditions() {
        arrange();
        return conditions;
    }

    List<ConditionGroup> readingQuotes() {
        arrange();
        return readingQuotes;
    }

    List<ConditionGroup> readingSentiment() {
        arrange();
        return readingSentiment;
    }

    /** Whether any rule is not indexed by price level, so that its condition has memory. */
    public boolean hasConditions() {
        return !conditions.isEmpty();
    }

    boolean isEmpty() {
        return size() == 0;
    }

    public int size() {
        return groupedRules
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

    /**
     * Identifies the condition groups and their order: equal for equal lists of source text, and
     * different (but for a chance of one in 2^64) otherwise. Never 0.
     */
    public long conditionsFingerprint() {
        arrange();
        return conditionsFingerprint;
    }

    /** Whether any rule not indexed by price level reads bid, ask or spread. */
    public boolean readsQuotes() {
        return !readingQuotes().isEmpty();
    }

    /** Whether any rule reads the symbol's tweet sentiment. */
    public boolean readsSentiment() {
        return readsSentiment;
    }

    private void arrange() {
        if (arranged) {
            return;
        }
        conditions.sort(BY_SOURCE);
        readingQuotes.clear();
        readingSentiment.clear();
        for (int slot = 0; slot < conditions.size(); slot++) {
            ConditionGroup group = conditions.get(slot);
            group.slot = slot;
            if (group.condition.usesQuotes()) {
                readingQuotes.add(group);
            }
            if (group.condition.usesSentiment()) {
                readingSentiment.add(group);
            }
        }
        conditionsFingerprint = fingerprint(conditions);
        arranged = true;
    }

    /** 64-bit FNV-1a over the groups' source text, each followed by a character no source has. */
    private static long fingerprint(List<ConditionGroup> groups) {
        long hash = FNV_OFFSET_BASIS;
        for (ConditionGroup group : groups) {
            String source = group.source();
            for (int i = 0; i < source.length(); i++) {
                hash = (hash ^ source.charAt(i)) * FNV_PRIME;
            }
            hash = (hash ^ SOURCE_END) * FNV_PRIME;
        }
        return hash == 0 ? 1 : hash;
    }

    private void recomputeNeeds() {
        barsNeeded = 0;
        historyMillis = 0;
        readsSentiment = false;
        for (ConditionGroup group : conditions) {
            barsNeeded = Math.max(barsNeeded, group.condition.barsNeeded());
            historyMillis = Math.max(historyMillis, group.condition.maxWindowMillis());
            readsSentiment |= group.condition.usesSentiment();
        }
    }

    private LevelBook book(PriceLevel level) {
        if (level.rising()) {
            return level.inclusive() ? risingInclusive : risingStrict;
        }
        return level.inclusive() ? fallingInclusive : fallingStrict;
    }
}
