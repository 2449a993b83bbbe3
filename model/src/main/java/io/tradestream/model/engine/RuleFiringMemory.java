package io.tradestream.model.engine;

/**
 * When one rule last fired for one symbol: what a rule that fires once or has a cooldown must
 * remember. Created at its first firing, so the many rules that never fire keep nothing.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class RuleFiringMemory {
    public static final long NEVER = Long.MIN_VALUE;

    /** The rule version this memory belongs to; a new version starts afresh. */
    public long ruleVersion;

    public long lastFiredAt = NEVER;

    public RuleFiringMemory() {}
}
