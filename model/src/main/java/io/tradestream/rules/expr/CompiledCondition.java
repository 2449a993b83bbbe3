package io.tradestream.rules.expr;

import java.util.Arrays;

/**
 * A condition ready to evaluate against a symbol's market view. Immutable and shareable across
 * symbols and threads; the per-symbol memory its crossings need is passed in by the caller.
 */
public final class CompiledCondition {
    private final String source;
    private final ConditionNode root;
    private final int crossingCount;
    private final long maxWindowMillis;
    private final int barsNeeded;
    private final boolean usesQuotes;
    private final boolean usesSentiment;

    CompiledCondition(
            String source,
            ConditionNode root,
            int crossingCount,
            long maxWindowMillis,
            int barsNeeded,
            boolean usesQuotes,
            boolean usesSentiment) {
        this.source = source;
        this.root = root;
        this.crossingCount = crossingCount;
        this.maxWindowMillis = maxWindowMillis;
        this.barsNeeded = barsNeeded;
        this.usesQuotes = usesQuotes;
        this.usesSentiment = usesSentiment;
    }

    /** The text the condition was compiled from. */
    public String source() {
        return source;
    }

    /** How many {@code crosses_above}/{@code crosses_below} sub-expressions the condition has. */
    public int crossingCount() {
        return crossingCount;
    }

    /**
     * The longest window any function looks back over the price history, 0 if none: the history to
     * keep.
     */
    public long maxWindowMillis() {
        return maxWindowMillis;
    }

    /**
     * How many one-minute bars, the current one included, the bar functions ({@code sma}, {@code
     * rsi}, ...) look back over; 0 if none appear.
     */
    public int barsNeeded() {
        return barsNeeded;
    }

    /** Whether bid, ask or spread appear, so that a quote can change the condition's value. */
    public boolean usesQuotes() {
        return usesQuotes;
    }

    /** Whether sentiment or tweet_count appear, so that new sentiment can change its value. */
    public boolean usesSentiment() {
        return usesSentiment;
    }

    /**
     * The price level, if the whole condition is one comparison of the price with a number, such as
     * {@code price > 200}; null otherwise.
     */
    public PriceLevel priceLevel() {
        return root.priceLevel();
    }

    /** Memory for one symbol's crossings, every previous value unknown (NaN). */
    public double[] newCrossingMemory() {
        double[] memory = new double[crossingCount];
        Arrays.fill(memory, Double.NaN);
        return memory;
    }

    /**
     * Evaluates the condition at the current market state and moves every crossing's memory to the
     * current values, whatever the result. Allocates nothing.
     *
     * @param crossingMemory one slot per crossing, NaN when unknown, e.g. from {@link
     *     #newCrossingMemory()}; updated in place
     * @throws IllegalArgumentException if its length is not {@link #crossingCount()}
     */
    public boolean evaluate(MarketView view, double[] crossingMemory) {
        if (crossingMemory.length != crossingCount) {
            throw new IllegalArgumentException(
                    "crossing memory has "
                            + crossingMemory.length
                            + " slots; the condition has "
                            + crossingCount
                            + " crossings");
        }
        return root.test(view, crossingMemory);
    }

    /** The parsed form, fully parenthesised, e.g. {@code ((price + 1.0) > 2.0)}. */
    String structure() {
        return root.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
