package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriceProcessTest {

    private static final Instant START = Instant.parse("2025-01-02T14:30:00Z");

    private static MarketFeedConfig.Builder config() {
        return MarketFeedConfig.builder().start(START).symbols(1_000);
    }

    @Test
    void startPricesSpreadOverFiveToFiveHundredDollars() {
        PriceProcess prices = new PriceProcess(config().build(), new Random(1));
        double min = Double.MAX_VALUE;
        double max = 0;
        int below50 = 0;
        for (int i = 0; i < 1_000; i++) {
            double price = prices.price(i);
            min = Math.min(min, price);
            max = Math.max(max, price);
            below50 += price < 50 ? 1 : 0;
        }
        assertThat(min).isGreaterThanOrEqualTo(5).isLessThan(6);
        assertThat(max).isLessThanOrEqualTo(500).isGreaterThan(450);
        // Log-uniform: half the names below the geometric middle, sqrt(5 * 500) = 50.
        assertThat(below50).isBetween(450, 550);
    }

    @Test
    void withoutVolatilityOrJumpsThePriceStaysPut() {
        PriceProcess prices =
                new PriceProcess(config().volatility(0).jumpProbability(0).build(), new Random(1));
        double before = prices.price(3);
        assertThat(prices.advance(3, START.toEpochMilli() + 60_000, new Random(2)))
                .isCloseTo(before, within(1e-9));
    }

    @Test
    void noiseGrowsWithTheSquareRootOfTheTimeSinceTheLastEvent() {
        double oneSecond = stdDevOfLogReturns(1_000);
        double hundredSeconds = stdDevOfLogReturns(100_000);
        double sigmaPerSqrtSecond = 0.5 / Math.sqrt(252 * 6.5 * 3600);
        assertThat(oneSecond).isCloseTo(sigmaPerSqrtSecond, within(sigmaPerSqrtSecond * 0.05));
        assertThat(hundredSeconds / oneSecond).isCloseTo(10, within(0.5));
    }

    @Test
    void everyJumpMovesThePriceByHalfToOneAndAHalfTimesTheJumpSize() {
        PriceProcess prices =
                new PriceProcess(
                        config().volatility(0).jumpProbability(1).jumpSize(0.04).build(),
                        new Random(1));
        Random random = new Random(2);
        double price = prices.price(0);
        for (int i = 1; i <= 200; i++) {
            double next = prices.advance(0, START.toEpochMilli() + i, random);
            assertThat(Math.abs(next / price - 1)).isBetween(0.02 - 1e-12, 0.06 + 1e-12);
            price = next;
        }
    }

    @Test
    void pricesNeverFallBelowTheFloor() {
        PriceProcess prices =
                new PriceProcess(
                        config().volatility(10).jumpProbability(1).jumpSize(0.5).build(),
                        new Random(1));
        Random random = new Random(2);
        for (int i = 1; i <= 10_000; i++) {
            assertThat(prices.advance(0, START.toEpochMilli() + i * 1_000L, random))
                    .isGreaterThanOrEqualTo(PriceProcess.MIN_PRICE - 1e-12);
        }
    }

    private static double stdDevOfLogReturns(long gapMillis) {
        PriceProcess prices = new PriceProcess(config().jumpProbability(0).build(), new Random(1));
        Random random = new Random(5);
        int n = 20_000;
        double sum = 0;
        double sumSquares = 0;
        double price = prices.price(0);
        for (int i = 1; i <= n; i++) {
            double next = prices.advance(0, START.toEpochMilli() + i * gapMillis, random);
            double logReturn = Math.log(next / price);
            sum += logReturn;
            sumSquares += logReturn * logReturn;
            price = next;
        }
        double mean = sum / n;
        return Math.sqrt(sumSquares / n - mean * mean);
    }
}
