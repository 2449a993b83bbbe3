package io.tradestream.operators.engine;

import io.tradestream.model.engine.RuleStateStore;
import io.tradestream.model.engine.RuleSymbolState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.util.FlinkRuntimeException;

/** The current symbol's rule memories in keyed map state (the current key is the symbol). */
final class MapStateRuleStates implements RuleStateStore {
    private final MapState<String, RuleSymbolState> state;

    MapStateRuleStates(MapState<String, RuleSymbolState> state) {
        this.state = state;
    }

    @Override
    public RuleSymbolState get(String ruleId) {
        try {
            return state.get(ruleId);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot read rule state", e);
        }
    }

    @Override
    public void put(String ruleId, RuleSymbolState memory) {
        try {
            state.put(ruleId, memory);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot write rule state", e);
        }
    }
}
