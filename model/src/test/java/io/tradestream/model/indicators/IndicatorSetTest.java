package io.tradestream.model.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tradestream.model.bars.Bar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorSetTest {
    private static final double EPSILON = 1e-9;

    /** Short periods so that the expected values can be worked out by hand: see each test. */
    private static final IndicatorSettings SHORT = new IndicatorSettings(3, 3, 2, 3, 2, 2, 2, 2);

    private static final double[] CLOSES = {10, 11, 12, 11, 13};
    private static final long[] VOLUMES = {100, 200, 300, 100, 600};

    private final List<Indicators> series = feed(new IndicatorSet(SHORT));

    @Test
    void everyIndicatorIsUnknownUntilItsPeriodIsFull() {
        Indicators first = series.get(0);
        assertThat(first.sma()).isNaN();
        assertThat(first.ema()).isNaN();
        assertThat(first.rsi()).isNaN();
        assertThat(first.bollingerUpper()).isNaN();
        assertThat(first.volatility()).isNaN();
        assertThat(first.changePct()).isNaN();
        assertThat(first.relativeVolume()).isNaN();
        // Two bars: two closes, one change, one return; every period here needs more.
        assertThat(series.get(1).sma()).isNaN();
        assertThat(series.get(1).rsi()).isNaN();
        assertThat(series.get(1).volatility()).isNaN();
    }

    @Test
    void smaAndEma() {
        // SMA(3): (10+11+12)/3 = 11, (11+12+11)/3 = 11.333, (12+11+13)/3 = 12.
        assertThat(series.get(2).sma()).isEqualTo(11);
        assertThat(series.get(3).sma()).isCloseTo(34.0 / 3, within(EPSILON));
        assertThat(series.get(4).sma()).isEqualTo(12);
        // EMA(3), alpha = 2/4 = 0.5: seeded 11, then 0.5*11 + 0.5*11 = 11, 0.5*13 + 0.5*11 = 12.
        assertThat(series.get(2).ema()).isEqualTo(11);
        assertThat(series.get(3).ema()).isEqualTo(11);
        assertThat(series.get(4).ema()).isEqualTo(12);
    }

    @Test
    void wildersRsi() {
        // Changes +1, +1, -1, +2. After two: gain (1+1)/2 = 1, loss 0: RSI 100.
        // Then gain (1*1 + 0)/2 = 0.5, loss (0*1 + 1)/2 = 0.5: RS 1, RSI 50.
        // Then gain (0.5 + 2)/2 = 1.25, loss 0.5/2 = 0.25: RS 5, RSI 100 - 100/6 = 83.333.
        assertThat(series.get(2).rsi()).isEqualTo(100);
        assertThat(series.get(3).rsi()).isEqualTo(50);
        assertThat(series.get(4).rsi()).isCloseTo(100 - 100.0 / 6, within(EPSILON));
    }

    @Test
    void bollingerBandsUseThePopulationDeviation() {
        // Closes 10, 11, 12: mean 11, population variance (1 + 0 + 1)/3 = 2/3.
        double width = 2 * Math.sqrt(2.0 / 3);
        assertThat(series.get(2).bollingerMiddle()).isEqualTo(11);
        assertThat(series.get(2).bollingerUpper()).isCloseTo(11 + width, within(EPSILON));
        assertThat(series.get(2).bollingerLower()).isCloseTo(11 - width, within(EPSILON));
        // Closes 12, 11, 13: mean 12, variance again 2/3.
        assertThat(series.get(4).bollingerUpper()).isCloseTo(12 + width, within(EPSILON));
    }

    @Test
    void volatilityIsTheSampleDeviationOfTheLastLogReturns() {
        // Two returns a, b: mean (a+b)/2, sample variance ((a-m)^2 + (b-m)^2)/1 = (a-b)^2/2.
        double a = Math.log(11.0 / 10);
        double b = Math.log(12.0 / 11);
        assertThat(series.get(2).volatility())
                .isCloseTo(Math.abs(a - b) / Math.sqrt(2), within(EPSILON));
        double c = Math.log(11.0 / 12);
        double d = Math.log(13.0 / 11);
        assertThat(series.get(4).volatility())
                .isCloseTo(Math.abs(c - d) / Math.sqrt(2), within(EPSILON));
    }

    @Test
    void changeAgainstTheCloseNBarsBack() {
        // 12 against 10: +20 %; 11 against 11: 0; 13 against 12: +8.333 %.
        assertThat(series.get(2).changePct()).isCloseTo(20, within(EPSILON));
        assertThat(series.get(3).changePct()).isEqualTo(0);
        assertThat(series.get(4).changePct()).isCloseTo(100.0 / 12, within(EPSILON));
    }

    @Test
    void relativeVolumeAgainstTheBarsBefore() {
        // 300 / mean(100, 200) = 2; 100 / mean(200, 300) = 0.4; 600 / mean(300, 100) = 3.
        assertThat(series.get(2).relativeVolume()).isEqualTo(2);
        assertThat(series.get(3).relativeVolume()).isEqualTo(0.4);
        assertThat(series.get(4).relativeVolume()).isEqualTo(3);
    }

    @Test
    void aBarIsAppliedOnlyAfterTheLastOne() {
        IndicatorSet set = new IndicatorSet(SHORT);
        set.update(bar(5, 10, 1));

        assertThat(set.follows(bar(5, 11, 1))).isFalse();
        assertThat(set.follows(bar(4, 11, 1))).isFalse();
        assertThat(set.follows(bar(6, 11, 1))).isTrue();
        assertThatThrownBy(() -> set.update(bar(5, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsAreCheckedAndDefaultToTheChartingConventions() {
        assertThat(IndicatorSettings.defaults())
                .isEqualTo(new IndicatorSettings(20, 20, 14, 20, 2, 20, 20, 20));
        assertThatThrownBy(() -> new IndicatorSettings(0, 20, 14, 20, 2, 20, 20, 20))
                .hasMessage("the SMA period must be 1 to 1000 bars, got 0");
        assertThatThrownBy(() -> new IndicatorSettings(20, 20, 14, 20, 2, 1, 20, 20))
                .hasMessage("the volatility period must be 2 to 1000 bars, got 1");
        assertThatThrownBy(() -> new IndicatorSettings(20, 20, 14, 20, 0, 20, 20, 20))
                .hasMessage("the Bollinger width must be above 0 and at most 10, got 0.0");
    }

    private static List<Indicators> feed(IndicatorSet set) {
        List<Indicators> values = new ArrayList<>();
        for (int i = 0; i < CLOSES.length; i++) {
            values.add(set.update(bar(i, CLOSES[i], VOLUMES[i])));
        }
        return values;
    }

    /** A 1-minute bar number {@code index} closing at {@code close}. */
    static Bar bar(int index, double close, long volume) {
        return new Bar(
                "X",
                "1m",
                index * 60_000L,
                close,
                close,
                close,
                close,
                volume,
                0,
                0,
                close * volume,
                1);
    }
}
