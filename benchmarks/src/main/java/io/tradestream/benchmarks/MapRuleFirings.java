package io.tradestream.benchmarks;

import io.tradestream.model.engine.RuleFiringMemory;
import io.tradestream.model.engine.RuleFiringStore;
import java.util.HashMap;
import java.util.Map;

/** One symbol's rule firing memories in a plain map, where the engine keeps them in map state. */
final class MapRuleFirings implements RuleFiringStore {
    private final Map<String, RuleFiringMemory> firingsByRule = new HashMap<>();

    @Override
    public RuleFiringMemory get(String ruleId) {
        return firingsByRule.get(ruleId);
    }

    @Override
    public void put(String ruleId, RuleFiringMemory memory) {
        firingsByRule.put(ruleId, memory);
    }
}
