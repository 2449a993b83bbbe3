package io.tradestream.model.trading;

import java.util.Arrays;

/**
 * The strategies that have work in one symbol: an open position or a working order. Market events
 * touch only these books, not every strategy that ever traded the symbol.
 *
 * <p>Keyed Flink state, so a POJO; the ids are kept sorted, so books are worked in a fixed order.
 */
public class OpenBooks {
    public String[] strategyIds = new String[0];

    public OpenBooks() {}

    public boolean isEmpty() {
        return strategyIds.length == 0;
    }

    /** Adds or removes {@code strategyId} according to whether its book has work. */
    public void update(String strategyId, boolean open) {
        int at = Arrays.binarySearch(strategyIds, strategyId);
        if (open && at < 0) {
            int insertion = -at - 1;
            String[] longer = new String[strategyIds.length + 1];
            System.arraycopy(strategyIds, 0, longer, 0, insertion);
            longer[insertion] = strategyId;
            System.arraycopy(
                    strategyIds, insertion, longer, insertion + 1, strategyIds.length - insertion);
            strategyIds = longer;
        } else if (!open && at >= 0) {
            String[] shorter = new String[strategyIds.length - 1];
            System.arraycopy(strategyIds, 0, shorter, 0, at);
            System.arraycopy(strategyIds, at + 1, shorter, at, strategyIds.length - at - 1);
            strategyIds = shorter;
        }
    }
}
