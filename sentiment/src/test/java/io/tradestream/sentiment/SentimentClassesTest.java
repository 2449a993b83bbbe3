package io.tradestream.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SentimentClassesTest {
    @Test
    void theScoreIsTheExpectedClassWeight() {
        // -1 * 0.1 - 0.5 * 0.2 + 0 * 0.3 + 0.5 * 0.25 + 1 * 0.15
        assertThat(new SentimentClasses(0.1, 0.2, 0.3, 0.25, 0.15).score())
                .isEqualTo(0.075, within(1e-12));
    }

    @Test
    void certaintyScoresTheEnds() {
        assertThat(new SentimentClasses(1, 0, 0, 0, 0).score()).isEqualTo(-1.0);
        assertThat(new SentimentClasses(0, 0, 0, 0, 1).score()).isEqualTo(1.0);
        assertThat(SentimentClasses.CERTAINLY_NEUTRAL.score()).isEqualTo(0.0);
    }
}
