package io.tradestream.model.engine;

import io.tradestream.rules.expr.CompiledCondition;
import java.util.HashMap;
import java.util.Map;

/**
 * The active rules of each symbol, so that a market event touches only the rules that watch its
 * symbol and, among those, only the ones it can change; never all rules. Rules with the same
 * condition share one compiled copy of it.
 */
public final class RuleIndex {
    private final Map<String, SymbolRules> rulesBySymbol = new HashMap<>();
    private final Map<String, CompiledRule> rulesById = new HashMap<>();

    /** Adds an active rule, replacing any earlier version with the same id. */
    public void put(CompiledRule compiled) {
        remove(compiled.id());
        CompiledRule rule = sharingCondition(compiled);
        rulesById.put(rule.id(), rule);
        for (String symbol : rule.rule().symbols()) {
            rulesBySymbol.computeIfAbsent(symbol, s -> new SymbolRules()).add(rule);
        }
    }

    /**
     * The rule with the compiled condition its symbols already hold for the same text, if any, so
     * that many rules with one condition keep one compiled copy.
     */
    private CompiledRule sharingCondition(CompiledRule compiled) {
        if (compiled.level() != null) {
            return compiled;
        }
        for (String symbol : compiled.rule().symbols()) {
            SymbolRules rules = rulesBySymbol.get(symbol);
            CompiledCondition held =
                    rules == null ? null : rules.condition(compiled.condition().source());
            if (held != null) {
                return new CompiledRule(compiled.rule(), held, null);
            }
        }
        return compiled;
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
