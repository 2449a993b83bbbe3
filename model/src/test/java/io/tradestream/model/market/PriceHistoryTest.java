package io.tradestream.model.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PriceHistoryTest {
    private final SymbolSnapshot snapshot = new SymbolSnapshot();
    private final MapStore store = new MapStore();
    private final PriceHistory history = new PriceHistory(snapshot, store);

    @Test
    void fillsQuietSecondsWithTheCarriedPrice() {
        history.record(10_200, 100.0, 60);
        history.record(10_900, 101.0, 60);
        history.record(13_100, 102.0, 60);

        assertThat(store.prices)
                .containsExactly(
                        java.util.Map.entry(10L, 101.0),
                        java.util.Map.entry(11L, 101.0),
                        java.util.Map.entry(12L, 101.0),
                        java.util.Map.entry(13L, 102.0));
    }

    @Test
    void changeIsMeasuredAgainstTheLastPriceOfTheSecondOneWindowAgo() {
        history.record(100_000, 50.0, 60);
        history.record(100_500, 40.0, 60);
        history.record(105_000, 44.0, 60);

        // now 105.0 s, window 5 s -> reference second 100 holds 40.0
        assertThat(history.changePct(105_000, 5_000, 44.0)).isEqualTo(10.0, within());
        // window 6 s reaches before the first trade
        assertThat(history.changePct(105_000, 6_000, 44.0)).isNaN();
    }

    @Test
    void referenceAfterTheLastTradeIsTheLastPrice() {
        history.record(100_000, 50.0, 60);

        assertThat(history.changePct(130_000, 10_000, 50.0)).isEqualTo(0.0);
    }

    @Test
    void keepsOnlyTheSecondsTheLongestWindowNeeds() {
        for (int second = 0; second <= 10; second++) {
            history.record(second * 1_000L, 10.0 + second, 3);
        }

        assertThat(store.prices.keySet()).containsExactly(7L, 8L, 9L, 10L);
        assertThat(snapshot.historyFirstSecond).isEqualTo(7);
    }

    @Test
    void aSilenceLongerThanTheWindowStartsAfresh() {
        history.record(0, 10.0, 3);
        history.record(1_000, 11.0, 3);
        history.record(60_000, 12.0, 3);

        assertThat(store.prices)
                .containsExactly(
                        java.util.Map.entry(57L, 11.0),
                        java.util.Map.entry(58L, 11.0),
                        java.util.Map.entry(59L, 11.0),
                        java.util.Map.entry(60L, 12.0));
    }

    @Test
    void noWindowMeansNoHistory() {
        history.record(0, 10.0, 3);
        history.record(1_000, 11.0, 0);

        assertThat(store.prices).isEmpty();
        assertThat(snapshot.historyFirstSecond).isEqualTo(SymbolSnapshot.NONE);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static final class MapStore implements PriceHistoryStore {
        final TreeMap<Long, Double> prices = new TreeMap<>();

        @Override
        public Double get(long epochSecond) {
            return prices.get(epochSecond);
        }

        @Override
        public void put(long epochSecond, double price) {
            prices.put(epochSecond, price);
        }

        @Override
        public void remove(long epochSecond) {
            prices.remove(epochSecond);
        }

        @Override
        public void clear() {
            prices.clear();
        }
    }
}
