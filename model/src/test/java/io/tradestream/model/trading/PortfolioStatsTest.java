package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class PortfolioStatsTest {
    private final PortfolioStats stats = new PortfolioStats(10_000);

    @Test
    void equityIsTheInitialCashPlusTheNetProfit() {
        assertThat(stats.equity(-250.50)).isCloseTo(9_749.50, EXACT);
    }

    @Test
    void drawdownIsTheLargestFallFromAPeakInMoneyAndAsAFraction() {
        stats.observeEquity(10_500);
        stats.observeEquity(9_800);
        // 10 500 - 9 800 = 700, 700 / 10 500 = 1 / 15
        assertThat(stats.maxDrawdown).isCloseTo(700, EXACT);
        assertThat(stats.maxDrawdownFraction).isCloseTo(1.0 / 15, EXACT);

        stats.observeEquity(20_000);
        stats.observeEquity(19_000);
        stats.observeEquity(Double.NaN);

        // 20 000 - 19 000 = 1 000 is more money, but 1 000 / 20 000 = 0.05 a smaller fraction
        assertThat(stats.peakEquity).isCloseTo(20_000, EXACT);
        assertThat(stats.maxDrawdown).isCloseTo(1_000, EXACT);
        assertThat(stats.maxDrawdownFraction).isCloseTo(1.0 / 15, EXACT);
    }

    @Test
    void aPortfolioThatOnlyLosesDrawsDownFromItsInitialCash() {
        stats.observeEquity(9_000);

        assertThat(stats.peakEquity).isCloseTo(10_000, EXACT);
        assertThat(stats.maxDrawdownFraction).isCloseTo(0.10, EXACT);
    }

    @Test
    void sharpeRatioAnnualisesTheOneMinuteReturns() {
        stats.closeMinute(10_000);
        stats.closeMinute(10_100);
        stats.closeMinute(9_999);
        stats.closeMinute(10_198.98);

        // returns: 10 100 / 10 000 - 1 = 0.01, 9 999 / 10 100 - 1 = -0.01,
        // 10 198.98 / 9 999 - 1 = 0.02
        assertThat(stats.returnCount).isEqualTo(3);
        // mean 0.02 / 3 = 1 / 150
        assertThat(stats.returnMean).isCloseTo(1.0 / 150, EXACT);
        // deviations 1/300, -5/300, 4/300: squares sum to (1 + 25 + 16) / 90 000 = 7 / 15 000
        assertThat(stats.returnM2).isCloseTo(7.0 / 15_000, EXACT);
        // sample deviation √(7 / 15 000 / 2) = √(7 / 30 000);
        // (1 / 150) / √(7 / 30 000) × √(252 × 390) = √(98 280 × 30 000 / 7) / 150
        //   = √421 200 000 / 150 = 136.82105101...
        assertThat(stats.sharpeRatio()).isCloseTo(Math.sqrt(421_200_000.0) / 150, EXACT);
        assertThat(stats.sharpeRatio()).isCloseTo(136.821051, offset(1e-6));
        // the minute closes are equity observations too: 10 100 to 9 999
        assertThat(stats.maxDrawdown).isCloseTo(101, EXACT);
    }

    @Test
    void sharpeRatioNeedsTwoReturnsThatVary() {
        stats.closeMinute(10_000);
        stats.closeMinute(10_100);
        assertThat(stats.sharpeRatio()).isNaN();

        PortfolioStats steady = new PortfolioStats(100);
        steady.closeMinute(100);
        steady.closeMinute(200);
        steady.closeMinute(400);
        // two returns of exactly 100%
        assertThat(steady.returnCount).isEqualTo(2);
        assertThat(steady.sharpeRatio()).isNaN();
    }
}
