package io.tradestream.model.trading;

import java.util.Arrays;

/**
 * Everything one user's strategy holds in one symbol: its position and its working orders.
 *
 * <p>Exits (stop loss, take profit, maximum holding time) fill the moment they trigger, so the
 * working orders are the strategy's own, and there is at most one: a strategy does not place a new
 * order while its last one is still working.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class StrategyBook {
    private static final WorkingOrder[] NONE = new WorkingOrder[0];

    public Position position = new Position();

    /** Never null; empty when no order is working. */
    public WorkingOrder[] orders = NONE;

    public long nextOrderId = 1;

    /** The Cassandra write timestamp of the book's latest position row ({@code WriteTime}). */
    public long lastWrite;

    public StrategyBook() {}

    /** Whether there is nothing to work: no position and no orders. */
    public boolean isIdle() {
        return position.quantity == 0 && orders.length == 0;
    }

    long takeOrderId() {
        return nextOrderId++;
    }

    void add(WorkingOrder order) {
        orders = Arrays.copyOf(orders, orders.length + 1);
        orders[orders.length - 1] = order;
    }

    void remove(WorkingOrder order) {
        WorkingOrder[] kept = new WorkingOrder[orders.length - 1];
        int next = 0;
        for (WorkingOrder candidate : orders) {
            if (candidate != order) {
                kept[next++] = candidate;
            }
        }
        orders = kept;
    }
}
