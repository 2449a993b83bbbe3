package io.tradestream.model.engine;

/** The current symbol's rule firing memories: keyed Flink state in the job, a map in tests. */
public interface RuleFiringStore {
    /** The memory of rule {@code ruleId} for the current symbol, or null if it never fired. */
    RuleFiringMemory get(String ruleId);

    void put(String ruleId, RuleFiringMemory memory);
}
