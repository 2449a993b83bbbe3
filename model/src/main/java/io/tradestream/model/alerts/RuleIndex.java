package io.tradestream.model.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active rules of each symbol, so that a market event touches only the rules that watch its
 * symbol, never all rules.
 */
public final class RuleIndex {
    private final Map<String, List<CompiledAlertRule>> rulesBySymbol = new HashMap<>();
    private final Map<String, CompiledAlertRule> rulesByKey = new HashMap<>();

    /** Adds an active rule, replacing any earlier version with the same key. */
    public void put(CompiledAlertRule compiled) {
        remove(compiled.rule().key());
        rulesByKey.put(compiled.rule().key(), compiled);
        for (String symbol : compiled.rule().symbols()) {
            rulesBySymbol.computeIfAbsent(symbol, s -> new ArrayList<>(2)).add(compiled);
        }
    }

    /** Removes the rule with this key, if present. */
    public void remove(String ruleKey) {
        CompiledAlertRule removed = rulesByKey.remove(ruleKey);
        if (removed == null) {
            return;
        }
        for (String symbol : removed.rule().symbols()) {
            List<CompiledAlertRule> rules = rulesBySymbol.get(symbol);
            rules.removeIf(r -> r.rule().key().equals(ruleKey));
            if (rules.isEmpty()) {
                rulesBySymbol.remove(symbol);
            }
        }
    }

    public List<CompiledAlertRule> rulesFor(String symbol) {
        return rulesBySymbol.getOrDefault(symbol, List.of());
    }

    public int size() {
        return rulesByKey.size();
    }

    /**
     * Seconds of price history the rules of {@code symbol} need: enough to look back over their
     * longest window.
     */
    public long historySecondsFor(String symbol) {
        long longestWindow = 0;
        for (CompiledAlertRule rule : rulesFor(symbol)) {
            longestWindow = Math.max(longestWindow, rule.condition().maxWindowMillis());
        }
        return (longestWindow + 999) / 1000;
    }
}
