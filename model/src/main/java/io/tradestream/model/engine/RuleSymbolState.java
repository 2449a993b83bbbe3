package io.tradestream.model.engine;

/**
 * What one rule remembers about one symbol between market events: the previous values its crossings
 * compare against, whether the condition held last time, and when it last fired. Rules indexed by
 * price level keep none of this until they fire: their previous state is the previous price.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class RuleSymbolState {
    public static final long NEVER = Long.MIN_VALUE;

    /** The rule version this memory belongs to; a new version starts afresh. */
    public long ruleVersion;

    public double[] crossingMemory;
    public boolean conditionHeld;

    /** Whether the version has seen an event yet: its first evaluation only observes. */
    public boolean armed;

    public long lastFiredAt = NEVER;

    public RuleSymbolState() {}
}
