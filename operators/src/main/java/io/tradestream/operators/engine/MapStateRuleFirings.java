package io.tradestream.operators.engine;

import io.tradestream.model.engine.RuleFiringMemory;
import io.tradestream.model.engine.RuleFiringStore;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.util.FlinkRuntimeException;

/** The current symbol's rule firing memories in keyed map state (the current key is the symbol). */
final class MapStateRuleFirings implements RuleFiringStore {
    private final MapState<String, RuleFiringMemory> state;

    MapStateRuleFirings(MapState<String, RuleFiringMemory> state) {
        this.state = state;
    }

    @Override
    public RuleFiringMemory get(String ruleId) {
        try {
            return state.get(ruleId);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot read a rule's firing memory", e);
        }
    }

    @Override
    public void put(String ruleId, RuleFiringMemory memory) {
        try {
            state.put(ruleId, memory);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot write a rule's firing memory", e);
        }
    }
}
