package io.tradestream.rules.expr;

/**
 * A condition that only compares the price with a fixed level, such as {@code price > 200} or
 * {@code price crosses_below 95.5}. Such a condition changes only when a trade moves the price
 * across the level, so the engine indexes these rules by level and looks only at the levels between
 * the previous and the new price.
 *
 * @param rising whether it becomes true as the price rises through the level
 * @param inclusive whether the level itself satisfies it ({@code >=}, {@code <=})
 */
public record PriceLevel(boolean rising, boolean inclusive, double threshold) {

    /**
     * Whether the condition becomes true as the price moves from {@code previous} to {@code
     * current}; false when {@code previous} is unknown (NaN), as for any rule's first evaluation.
     */
    public boolean becomesTrue(double previous, double current) {
        if (rising) {
            return inclusive
                    ? previous < threshold && threshold <= current
                    : previous <= threshold && threshold < current;
        }
        return inclusive
                ? current <= threshold && threshold < previous
                : current < threshold && threshold <= previous;
    }
}
