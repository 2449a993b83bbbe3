package io.tradestream.operators.engine;

import io.tradestream.model.market.PriceHistoryStore;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.util.FlinkRuntimeException;

/** A symbol's price history in keyed map state (the current key is the symbol). */
final class MapStatePriceHistoryStore implements PriceHistoryStore {
    private final MapState<Long, Double> state;

    MapStatePriceHistoryStore(MapState<Long, Double> state) {
        this.state = state;
    }

    @Override
    public Double get(long epochSecond) {
        try {
            return state.get(epochSecond);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot read price history", e);
        }
    }

    @Override
    public void put(long epochSecond, double price) {
        try {
            state.put(epochSecond, price);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot write price history", e);
        }
    }

    @Override
    public void remove(long epochSecond) {
        try {
            state.remove(epochSecond);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot write price history", e);
        }
    }

    @Override
    public void clear() {
        state.clear();
    }
}
