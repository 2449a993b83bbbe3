package io.tradestream.model.engine;

/** The current symbol's per-rule memory: keyed Flink state in the job, a map in tests. */
public interface RuleStateStore {
    /** The memory of rule {@code ruleId} for the current symbol, or null if none. */
    RuleSymbolState get(String ruleId);

    void put(String ruleId, RuleSymbolState state);
}
