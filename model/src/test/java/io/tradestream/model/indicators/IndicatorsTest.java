package io.tradestream.model.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Each indicator against values worked out by hand from its textbook definition. */
class IndicatorsTest {
    private static final Offset<Double> EXACT = within(1e-12);

    @Test
    void smaAveragesTheLastNValues() {
        Sma sma = new Sma(3);

        assertThat(sma.update(1)).isNaN();
        assertThat(sma.update(2)).isNaN();
        assertThat(sma.update(3)).isEqualTo(2.0);
        assertThat(sma.update(4)).isEqualTo(3.0);
        assertThat(sma.update(8)).isEqualTo(5.0);
    }

    @Test
    void emaStartsFromTheSmaThenSmoothsWithTwoOverNPlusOne() {
        Ema ema = new Ema(3); // alpha = 0.5

        assertThat(ema.update(1)).isNaN();
        assertThat(ema.update(2)).isNaN();
        assertThat(ema.update(3)).isEqualTo(2.0); // seed: (1 + 2 + 3) / 3
        assertThat(ema.update(4)).isEqualTo(3.0); // 0.5 * 4 + 0.5 * 2
        assertThat(ema.update(5)).isEqualTo(4.0); // 0.5 * 5 + 0.5 * 3
    }

    @Test
    void rsiUsesWildersSmoothing() {
        Rsi rsi = new Rsi(3);

        assertThat(rsi.update(10)).isNaN();
        assertThat(rsi.update(11)).isNaN(); // +1
        assertThat(rsi.update(10.5)).isNaN(); // -0.5
        // +1: gains 1, 0, 1 -> 2/3; losses 0, 0.5, 0 -> 1/6; RS = 4
        assertThat(rsi.update(11.5)).isCloseTo(80.0, EXACT);
        // -0.5: gain (2/3 * 2 + 0) / 3 = 4/9; loss (1/6 * 2 + 0.5) / 3 = 5/18; RS = 1.6
        assertThat(rsi.update(11)).isCloseTo(100 - 100 / 2.6, EXACT);
    }

    @Test
    void rsiIsAHundredWithoutLosses() {
        Rsi rsi = new Rsi(2);
        rsi.update(1);
        rsi.update(2);

        assertThat(rsi.update(3)).isEqualTo(100.0);
    }

    @Test
    void rsiIsFiftyWhenTheValueNeverMoved() {
        Rsi rsi = new Rsi(2);
        rsi.update(7);
        rsi.update(7);

        assertThat(rsi.update(7)).isEqualTo(50.0);
    }

    @Test
    void bollingerBandsAreKPopulationDeviationsAroundTheSma() {
        Bollinger bands = new Bollinger(4, 2);
        for (double value : new double[] {2, 4, 4}) {
            bands.update(value);
        }
        assertThat(bands.middle()).isNaN();

        bands.update(4);

        // mean 3.5; squared deviations 2.25 + 3 * 0.25 = 3; variance 3 / 4
        assertThat(bands.middle()).isEqualTo(3.5);
        assertThat(bands.upper()).isCloseTo(3.5 + 2 * Math.sqrt(0.75), EXACT);
        assertThat(bands.lower()).isCloseTo(3.5 - 2 * Math.sqrt(0.75), EXACT);
    }

    @Test
    void volatilityIsTheSampleDeviationOfLogReturns() {
        Volatility volatility = new Volatility(2);

        assertThat(volatility.update(100)).isNaN();
        assertThat(volatility.update(110)).isNaN();
        // two returns a and b: sample deviation |a - b| / sqrt(2)
        assertThat(volatility.update(99))
                .isCloseTo(Math.abs(Math.log(1.1) - Math.log(0.9)) / Math.sqrt(2), EXACT);
    }

    @Test
    void relativeVolumeComparesWithTheBarsBefore() {
        RelativeVolume relative = new RelativeVolume(2);

        assertThat(relative.update(100)).isNaN();
        assertThat(relative.update(300)).isNaN();
        assertThat(relative.update(400)).isEqualTo(2.0); // 400 / mean(100, 300)
        assertThat(relative.update(100)).isCloseTo(100 / 350.0, EXACT); // mean(300, 400)
    }

    @Test
    void aRollingWindowKeepsTheNewestValuesInOrder() {
        RollingWindow window = new RollingWindow(3);
        for (int value = 1; value <= 5; value++) {
            window.add(value);
        }

        assertThat(window.get(0)).isEqualTo(5.0);
        assertThat(window.get(2)).isEqualTo(3.0);
        assertThat(window.mean()).isEqualTo(4.0);
        assertThat(window.standardDeviation(true)).isEqualTo(1.0);
        assertThat(window.size()).isEqualTo(3);
    }
}
