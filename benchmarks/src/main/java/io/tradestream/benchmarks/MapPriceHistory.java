package io.tradestream.benchmarks;

import io.tradestream.model.market.PriceHistoryStore;
import java.util.HashMap;
import java.util.Map;

/** One symbol's price history in a plain map, where the engine keeps it in keyed map state. */
final class MapPriceHistory implements PriceHistoryStore {
    private final Map<Long, Double> pricesBySecond = new HashMap<>();

    @Override
    public Double get(long epochSecond) {
        return pricesBySecond.get(epochSecond);
    }

    @Override
    public void put(long epochSecond, double price) {
        pricesBySecond.put(epochSecond, price);
    }

    @Override
    public void remove(long epochSecond) {
        pricesBySecond.remove(epochSecond);
    }

    @Override
    public void clear() {
        pricesBySecond.clear();
    }
}
