package io.tradestream.rules.expr;

import java.util.Arrays;

/**
 * A condition ready to evaluate against a symbol's market view. Immutable and shareable; the
 * per-symbol memory its crossings need is passed in by the caller.
 */
public final class CompiledCondition {
    private final String source;
    private final ConditionNode root;
    private final int crossingCount;
    private final long maxWindowMillis;
    private final boolean usesQuotes;

    CompiledCondition(
            String source,
            ConditionNode root,
            int crossingCount,
            long maxWindowMillis,
            boolean usesQuotes) {
        this.source = source;
        this.root = root;
        this.crossingCount = crossingCount;
        this.maxWindowMillis = maxWindowMillis;
        this.usesQuotes = usesQuotes;
    }

    public String source() {
        return source;
    }

    /** How many {@code crosses_*} sub-expressions the condition has. */
    public int crossingCount() {
        return crossingCount;
    }

    /** The longest window any function looks back over, 0 if none. */
    public long maxWindowMillis() {
        return maxWindowMillis;
    }

    /** Whether the condition reads the best bid or offer, so a quote can change its value. */
    public boolean usesQuotes() {
        return usesQuotes;
    }

    /** Memory for one symbol's crossings, every previous value unknown. */
    public double[] newCrossingMemory() {
        double[] memory = new double[crossingCount];
        Arrays.fill(memory, Double.NaN);
        return memory;
    }

    /**
     * Evaluates the condition and moves every crossing's memory to the current values.
     *
     * @param crossingMemory one slot per crossing, from {@link #newCrossingMemory()}
     */
    public boolean evaluate(MarketView view, double[] crossingMemory) {
        return root.test(view, crossingMemory);
    }

    @Override
    public String toString() {
        return source;
    }
}
