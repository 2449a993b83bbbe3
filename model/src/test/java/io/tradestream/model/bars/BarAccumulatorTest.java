package io.tradestream.model.bars;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.Trade;
import io.tradestream.model.join.EnrichedTrade;
import io.tradestream.model.join.TradeSide;
import org.junit.jupiter.api.Test;

class BarAccumulatorTest {
    @Test
    void openAndCloseFollowEventTimeNotArrivalOrder() {
        BarAccumulator acc = new BarAccumulator();
        acc.add(trade("AAPL", 1_500, 101.0, 200, TradeSide.BUY));
        acc.add(trade("AAPL", 1_100, 100.0, 100, TradeSide.UNKNOWN)); // late within the bar: opens
        acc.add(trade("AAPL", 1_900, 99.0, 300, TradeSide.SELL));
        acc.add(trade("AAPL", 1_700, 103.0, 400, TradeSide.BUY));

        Bar bar = acc.toBar("AAPL", "1s", 1_000);

        // turnover = 101*200 + 100*100 + 99*300 + 103*400 = 101100; volume 1000, of which
        // 200 + 400 bought and 300 sold
        assertThat(bar)
                .isEqualTo(
                        new Bar(
                                "AAPL", "1s", 1_000, 100.0, 103.0, 99.0, 99.0, 1000, 600, 300,
                                101_100.0, 4));
        assertThat(bar.vwap()).isEqualTo(101.1);
    }

    @Test
    void equalTimestampsOpenWithTheFirstArrivalAndCloseWithTheLast() {
        BarAccumulator acc = new BarAccumulator();
        acc.add(trade("X", 5_000, 10.0, 1, TradeSide.BUY));
        acc.add(trade("X", 5_000, 11.0, 1, TradeSide.BUY));
        acc.add(trade("X", 5_000, 12.0, 1, TradeSide.BUY));

        Bar bar = acc.toBar("X", "1s", 5_000);

        assertThat(bar.open()).isEqualTo(10.0);
        assertThat(bar.close()).isEqualTo(12.0);
    }

    @Test
    void rollsSecondBarsUpIntoAMinuteBar() {
        BarAccumulator minute = new BarAccumulator();
        minute.add(
                new Bar("X", "1s", 62_000, 20.0, 21.0, 19.5, 20.5, 100, 60, 40, 2_040.0, 3), 1_000);
        minute.add(new Bar("X", "1s", 60_000, 19.0, 19.8, 18.0, 19.2, 50, 0, 50, 950.0, 2), 1_000);
        minute.add(new Bar("X", "1s", 119_000, 22.0, 22.5, 21.0, 22.1, 10, 10, 0, 221.0, 1), 1_000);

        assertThat(minute.toBar("X", "1m", 60_000))
                .isEqualTo(
                        new Bar(
                                "X", "1m", 60_000, 19.0, 22.5, 18.0, 22.1, 160, 70, 90, 3_211.0,
                                6));
    }

    @Test
    void mergeCombinesPartialAggregates() {
        BarAccumulator first = new BarAccumulator();
        first.add(trade("X", 10, 5.0, 1, TradeSide.BUY));
        BarAccumulator second = new BarAccumulator();
        second.add(trade("X", 5, 6.0, 2, TradeSide.SELL));
        second.add(trade("X", 20, 4.0, 3, TradeSide.SELL));

        first.merge(second);
        first.merge(new BarAccumulator());

        assertThat(first.toBar("X", "1s", 0))
                .isEqualTo(new Bar("X", "1s", 0, 6.0, 6.0, 4.0, 4.0, 6, 1, 5, 29.0, 3));
    }

    private static EnrichedTrade trade(
            String symbol, long timestamp, double price, long size, TradeSide side) {
        return new EnrichedTrade(new Trade(symbol, timestamp, price, size), null, side);
    }
}
