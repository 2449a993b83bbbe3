package io.tradestream.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bar functions over four one-minute bars, computed by hand:
 *
 * <pre>
 * minute  trades (price x size)   close  volume  traded value
 *   0     100 x 10, 102 x 30       102     40      4060
 *   1     101 x 20                 101     20      2020
 *   2     (none)                   101      0         0
 *   3     104 x 10, 103 x 10       103     20      2070   (current bar)
 * </pre>
 */
class MinuteBarsTest {
    private static final long MINUTE = 60_000;
    private static final long START = 1_700_000_040_000L; // a whole minute

    private final MinuteBars bars = new MinuteBars();

    @BeforeEach
    void recordFourMinutes() {
        trade(0, 100, 10);
        trade(0, 102, 30);
        trade(1, 101, 20);
        trade(3, 104, 10);
        trade(3, 103, 10);
    }

    @Test
    void sumsVolumeAndTradedValueOfTheNewestBars() {
        assertThat(bars.volume(1)).isEqualTo(20);
        assertThat(bars.volume(2)).isEqualTo(20); // the empty minute adds nothing
        assertThat(bars.volume(4)).isEqualTo(80);
        assertThat(bars.volume(10)).as("all that is held").isEqualTo(80);
        // (4060 + 2020 + 0 + 2070) / 80
        assertThat(bars.vwap(4)).isCloseTo(101.875, within(1e-9));
        assertThat(new MinuteBars().vwap(5)).isNaN();
    }

    @Test
    void averagesClosesWithTheCurrentBarClosingAtTheLastPrice() {
        assertThat(bars.sma(1)).isEqualTo(103);
        assertThat(bars.sma(3)).isCloseTo(305.0 / 3, within(1e-9)); // 103 + 101 + 101
        assertThat(bars.sma(4)).isCloseTo(101.75, within(1e-9));
        assertThat(bars.sma(5)).as("five bars not seen yet").isNaN();
    }

    @Test
    void bandsArePopulationDeviationsAroundTheAverage() {
        // deviations from 101.75: 1.25, -0.75, -0.75, 0.25; squares sum 2.75; / 4 = 0.6875
        double deviation = Math.sqrt(0.6875);
        assertThat(bars.bollinger(4, 2)).isCloseTo(101.75 + 2 * deviation, within(1e-9));
        assertThat(bars.bollinger(4, -2)).isCloseTo(101.75 - 2 * deviation, within(1e-9));
        assertThat(bars.bollinger(5, 2)).isNaN();
    }

    @Test
    void emaStartsFromTheAverageOfTheOldestBarsOfItsSpan() {
        // alpha 2/3, span min(4 bars held, 4 x 2) = 4: seed (102 + 101) / 2 = 101.5,
        // then 101 -> 101.5 + 2/3 (101 - 101.5) = 101.1667, then 103 -> + 2/3 (103 - 101.1667)
        double afterSecond = 101.5 + 2.0 / 3 * (101 - 101.5);
        assertThat(bars.ema(2))
                .isCloseTo(afterSecond + 2.0 / 3 * (103 - afterSecond), within(1e-9));
        assertThat(bars.ema(2)).isCloseTo(102.388889, within(1e-6));
        assertThat(bars.ema(5)).isNaN();
    }

    @Test
    void rsiSmoothsGainsAndLossesTheWilderWay() {
        // changes: -1, 0, +2; first two average gain 0, loss 0.5;
        // then gain (0 + 2) / 2 = 1, loss (0.5 + 0) / 2 = 0.25; RSI = 100 - 100 / (1 + 4) = 80
        assertThat(bars.rsi(2)).isCloseTo(80, within(1e-9));
        assertThat(bars.rsi(4)).as("four changes not seen yet").isNaN();
    }

    @Test
    void rsiOfAFlatSeriesIsFifty() {
        MinuteBars flat = new MinuteBars();
        for (int minute = 0; minute < 4; minute++) {
            flat.record(START + minute * MINUTE, 50, 1, 10);
        }
        assertThat(flat.rsi(3)).isEqualTo(50);
    }

    @Test
    void volatilityIsTheSampleDeviationOfLogReturnsInPercent() {
        // returns ln(103/101) and ln(101/101) = 0: deviation |ln(103/101)| / sqrt(2)
        assertThat(bars.volatility(2))
                .isCloseTo(Math.log(103.0 / 101) / Math.sqrt(2) * 100, within(1e-9));
        assertThat(bars.volatility(2)).isCloseTo(1.38652, within(1e-5));
        assertThat(bars.volatility(4)).as("needs five closes").isNaN();
    }

    @Test
    void aSilenceLongerThanTheCapacityCarriesTheCloseThroughEveryBar() {
        MinuteBars quiet = new MinuteBars();
        quiet.record(START, 100, 5, 3);
        quiet.record(START + 10 * MINUTE, 110, 5, 3);

        assertThat(quiet.sma(3)).isCloseTo((100 + 100 + 110) / 3.0, within(1e-9));
        assertThat(quiet.volume(3)).isEqualTo(5);
    }

    @Test
    void growingTheCapacityKeepsTheBarsHeld() {
        MinuteBars growing = new MinuteBars();
        growing.record(START, 1, 1, 2);
        growing.record(START + MINUTE, 2, 1, 2);
        growing.record(START + 2 * MINUTE, 3, 1, 2);
        growing.record(START + 3 * MINUTE, 4, 1, 4);

        assertThat(growing.capacity()).isEqualTo(4);
        assertThat(growing.sma(3)).isCloseTo(3, within(1e-9)); // 2, 3, 4: the 1 was dropped
        assertThat(growing.sma(4)).isNaN();
    }

    @Test
    void noRuleNeedingBarsKeepsNothing() {
        bars.record(START + 4 * MINUTE, 105, 1, 0);

        assertThat(bars.capacity()).isZero();
        assertThat(bars.sma(1)).isNaN();
        assertThat(bars.volume(1)).isZero();
    }

    private void trade(int minute, double price, long size) {
        bars.record(START + minute * MINUTE + 1_000, price, size, 10);
    }
}
