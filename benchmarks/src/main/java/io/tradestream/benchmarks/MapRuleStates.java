package io.tradestream.benchmarks;

import io.tradestream.model.engine.RuleStateStore;
import io.tradestream.model.engine.RuleSymbolState;
import java.util.HashMap;
import java.util.Map;

/** One symbol's rule memories in a plain map, where the engine keeps them in keyed map state. */
final class MapRuleStates implements RuleStateStore {
    private final Map<String, RuleSymbolState> statesByRule = new HashMap<>();

    @Override
    public RuleSymbolState get(String ruleId) {
        return statesByRule.get(ruleId);
    }

    @Override
    public void put(String ruleId, RuleSymbolState state) {
        statesByRule.put(ruleId, state);
    }
}
