package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

    @Test
    void probabilitiesFollowThePowerLaw() {
        ZipfSampler sampler = new ZipfSampler(3_200, 1.1);
        double total = 0;
        for (int rank = 1; rank <= 3_200; rank++) {
            total += sampler.probability(rank);
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(sampler.probability(1) / sampler.probability(10))
                .isCloseTo(Math.pow(10, 1.1), within(1e-6));
        assertThat(sampler.probability(1) / sampler.probability(100))
                .isCloseTo(Math.pow(100, 1.1), within(1e-4));
    }

    @Test
    void mapsUniformDrawsToRanks() {
        ZipfSampler sampler = new ZipfSampler(3, 0);
        assertThat(sampler.rank(0.0)).isEqualTo(1);
        assertThat(sampler.rank(0.33)).isEqualTo(1);
        assertThat(sampler.rank(0.34)).isEqualTo(2);
        assertThat(sampler.rank(0.67)).isEqualTo(3);
        assertThat(sampler.rank(Math.nextDown(1.0))).isEqualTo(3);
    }

    @Test
    void sampledFrequenciesFollowTheConfiguredExponent() {
        for (double exponent : new double[] {0.8, 1.1, 1.5}) {
            ZipfSampler sampler = new ZipfSampler(3_200, exponent);
            long[] counts = new long[3_201];
            Random random = new Random(3);
            for (int i = 0; i < 1_000_000; i++) {
                counts[sampler.rank(random.nextDouble())]++;
            }
            assertThat(fittedExponent(rank -> counts[rank], 50))
                    .as("exponent %s", exponent)
                    .isCloseTo(exponent, within(0.05));
            assertThat(counts[1]).isGreaterThan(counts[2]).isGreaterThan(counts[100]);
        }
    }

    /**
     * The Zipf exponent that best explains the counts of ranks 1..{@code ranks}: minus the slope of
     * a least-squares line through (log rank, log count).
     */
    static double fittedExponent(IntToLongFunction countOfRank, int ranks) {
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumXX = 0;
        for (int rank = 1; rank <= ranks; rank++) {
            double x = Math.log(rank);
            double y = Math.log(Math.max(1, countOfRank.applyAsLong(rank)));
            sumX += x;
            sumY += y;
            sumXY += x * y;
            sumXX += x * x;
        }
        double slope = (ranks * sumXY - sumX * sumY) / (ranks * sumXX - sumX * sumX);
        return -slope;
    }
}
