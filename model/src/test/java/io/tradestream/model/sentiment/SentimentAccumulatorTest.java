package io.tradestream.model.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class SentimentAccumulatorTest {
    @Test
    void countsPositiveAndNegativeOutsideTheNeutralBand() {
        SentimentAccumulator acc = new SentimentAccumulator();
        for (double score : new double[] {0.8, 0.1, -0.1, 0.05, -0.6, 0.11}) {
            acc.add(score);
        }

        SymbolSentiment window = acc.toSentiment("TSLA", 0, 60_000);

        assertThat(window.tweetCount()).isEqualTo(6);
        assertThat(window.positive()).isEqualTo(2);
        assertThat(window.negative()).isEqualTo(1);
        assertThat(window.scoreSum()).isCloseTo(0.36, offset(1e-12));
        assertThat(window.mean()).isCloseTo(0.06, offset(1e-12));
    }

    @Test
    void rollsMinutesUpAndMergesPartialTotals() {
        SentimentAccumulator quarter = new SentimentAccumulator();
        quarter.add(new SymbolSentiment("TSLA", 0, 60_000, 1.0, 4, 3, 0));
        quarter.add(new SymbolSentiment("TSLA", 60_000, 120_000, -0.5, 2, 0, 1));
        SentimentAccumulator other = new SentimentAccumulator();
        other.add(-0.3);
        quarter.merge(other);

        SymbolSentiment total = quarter.toSentiment("TSLA", 0, 900_000);

        assertThat(total.scoreSum()).isCloseTo(0.2, offset(1e-12));
        assertThat(total)
                .isEqualTo(new SymbolSentiment("TSLA", 0, 900_000, total.scoreSum(), 7, 3, 2));
    }
}
