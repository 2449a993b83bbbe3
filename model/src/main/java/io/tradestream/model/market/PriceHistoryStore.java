package io.tradestream.model.market;

/**
 * Storage for a symbol's price history: the last trade price of each epoch second. The streaming
 * engine backs it with keyed map state; tests with a map. Storage failures surface as unchecked
 * exceptions: they fail the task, and Flink restores it from the last checkpoint.
 */
public interface PriceHistoryStore {
    /** The last price in {@code epochSecond}, or {@code null} if that second is not held. */
    Double get(long epochSecond);

    void put(long epochSecond, double price);

    void remove(long epochSecond);

    void clear();
}
