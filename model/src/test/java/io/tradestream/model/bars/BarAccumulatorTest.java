package io.tradestream.model.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.Trade;
import org.junit.jupiter.api.Test;

class BarAccumulatorTest {
    @Test
    void openAndCloseFollowEventTimeNotArrivalOrder() {
        BarAccumulator acc = new BarAccumulator();
        acc.add(new Trade("AAPL", 1_500, 101.0, 200));
        acc.add(new Trade("AAPL", 1_100, 100.0, 100)); // late within the bar: it opens
        acc.add(new Trade("AAPL", 1_900, 99.0, 300));
        acc.add(new Trade("AAPL", 1_700, 103.0, 400));

        Bar bar = acc.toBar("AAPL", "1s", 1_000);

        // turnover = 101*200 + 100*100 + 99*300 + 103*400 = 101100; volume 1000
        assertThat(bar)
                .isEqualTo(
                        new Bar("AAPL", "1s", 1_000, 100.0, 103.0, 99.0, 99.0, 1000, 101_100.0, 4));
        assertThat(bar.vwap()).isEqualTo(101.1);
    }

    @Test
    void equalTimestampsOpenWithTheFirstArrivalAndCloseWithTheLast() {
        BarAccumulator acc = new BarAccumulator();
        acc.add(new Trade("X", 5_000, 10.0, 1));
        acc.add(new Trade("X", 5_000, 11.0, 1));
        acc.add(new Trade("X", 5_000, 12.0, 1));

        Bar bar = acc.toBar("X", "1s", 5_000);

        assertThat(bar.open()).isEqualTo(10.0);
        assertThat(bar.close()).isEqualTo(12.0);
    }

    @Test
    void rollsSecondBarsUpIntoAMinuteBar() {
        BarAccumulator minute = new BarAccumulator();
        minute.add(new Bar("X", "1s", 62_000, 20.0, 21.0, 19.5, 20.5, 100, 2_040.0, 3), 1_000);
        minute.add(new Bar("X", "1s", 60_000, 19.0, 19.8, 18.0, 19.2, 50, 950.0, 2), 1_000);
        minute.add(new Bar("X", "1s", 119_000, 22.0, 22.5, 21.0, 22.1, 10, 221.0, 1), 1_000);

        assertThat(minute.toBar("X", "1m", 60_000))
                .isEqualTo(new Bar("X", "1m", 60_000, 19.0, 22.5, 18.0, 22.1, 160, 3_211.0, 6));
    }

    @Test
    void mergeCombinesPartialAggregates() {
        BarAccumulator first = new BarAccumulator();
        first.add(new Trade("X", 10, 5.0, 1));
        BarAccumulator second = new BarAccumulator();
        second.add(new Trade("X", 5, 6.0, 2));
        second.add(new Trade("X", 20, 4.0, 3));

        first.merge(second);
        first.merge(new BarAccumulator());

        assertThat(first.toBar("X", "1s", 0))
                .isEqualTo(new Bar("X", "1s", 0, 6.0, 6.0, 4.0, 4.0, 6, 29.0, 3));
    }
}
