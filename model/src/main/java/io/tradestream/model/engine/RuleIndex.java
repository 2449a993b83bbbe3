package io.tradestream.model.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * The active rules of each symbol, so that a market event touches only the rules that watch its
 * symbol and, among those, only the ones it can change; never all rules.
 */
public final class RuleIndex {
    private final Map<String, SymbolRules> rulesBySymbol = new HashMap<>();
    private final Map<String, CompiledRule> rulesById = new HashMap<>();

    /** Adds an active rule, replacing any earlier version with the same id. */
    public void put(CompiledRule compiled) {
        remove(compiled.id());
        rulesById.put(compiled.id(), compiled);
        for (String symbol : compiled.rule().symbols()) {
            rulesBySymbol.computeIfAbsent(symbol, s -> new SymbolRules()).add(compiled);
        }
    }

    /** Removes the rule with this id, if present. */
    public void remove(String id) {
        CompiledRule removed = rulesById.remove(id);
        if (removed == null) {
            return;
        }
        for (String symbol : removed.rule().symbols()) {
            SymbolRules rules = rulesBySymbol.get(symbol);
            rules.remove(removed);
            if (rules.isEmpty()) {
                rulesBySymbol.remove(symbol);
            }
        }
    }

    /** The rules watching {@code symbol}; empty if none. */
    public SymbolRules rulesFor(String symbol) {
        return rulesBySymbol.getOrDefault(symbol, SymbolRules.NONE);
    }

    /** The active rule with this id, or null. */
    public CompiledRule get(String id) {
        return rulesById.get(id);
    }

    public int size() {
        return rulesById.size();
    }
}
