package io.tradestream.model.alerts;

/**
 * What one rule remembers about one symbol between market events: the previous values its crossings
 * compare against, whether the condition held last time, and when it last fired.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class RuleSymbolState {
    public static final long NEVER = Long.MIN_VALUE;

    /** The rule version this memory belongs to; a new version starts afresh. */
    public long ruleVersion;

    public double[] crossingMemory;
    public boolean conditionHeld;
    public long lastFiredAt = NEVER;

    public RuleSymbolState() {}
}
