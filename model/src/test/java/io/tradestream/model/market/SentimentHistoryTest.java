package io.tradestream.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.model.sentiment.SymbolSentiment;
import org.junit.jupiter.api.Test;

class SentimentHistoryTest {
    private static final long MINUTE = 60_000;
    private static final long T = 1_000 * MINUTE; // an epoch minute boundary

    private final SentimentHistory history = new SentimentHistory();

    @Test
    void aWindowCoversTheWholeMinutesBeforeTheCurrentOne() {
        history.record(minute(T - 3 * MINUTE, 1.5, 3)); // outside a 2m window at T + 30 s
        history.record(minute(T - 2 * MINUTE, 0.4, 2));
        history.record(minute(T - MINUTE, -0.1, 1));
        history.record(minute(T, 0.9, 1)); // the current minute: not yet counted

        long now = T + 30_000;
        assertThat(history.mean(now, 2 * MINUTE)).isEqualTo((0.4 - 0.1) / 3);
        assertThat(history.count(now, 2 * MINUTE)).isEqualTo(3);
        assertThat(history.mean(now, 3 * MINUTE)).isEqualTo((1.5 + 0.4 - 0.1) / 6);
        // At the end of the current minute it counts too.
        assertThat(history.count(T + MINUTE, MINUTE)).isEqualTo(1);
    }

    @Test
    void noTweetsMeanUnknownSentimentAndZeroCount() {
        assertThat(history.mean(T, 15 * MINUTE)).isNaN();
        assertThat(history.count(T, 15 * MINUTE)).isZero();
    }

    @Test
    void anHourOldMinuteIsOverwrittenAndAnOlderOneIgnored() {
        history.record(minute(T, 0.5, 1));
        history.record(minute(T + 60 * MINUTE, -0.5, 2)); // same slot, an hour later
        history.record(minute(T, 0.9, 9)); // out of date for its slot: ignored

        assertThat(history.count(T + MINUTE, MINUTE)).isZero();
        assertThat(history.mean(T + 61 * MINUTE, MINUTE)).isEqualTo(-0.25);
        assertThat(history.count(T + 61 * MINUTE, 60 * MINUTE)).isEqualTo(2);
    }

    @Test
    void onlyWholeMinutesAreRecorded() {
        assertThatThrownBy(
                        () ->
                                history.record(
                                        new SymbolSentiment("AAPL", T, T + 5 * MINUTE, 1, 1, 1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SymbolSentiment minute(long start, double scoreSum, long tweets) {
        return new SymbolSentiment("AAPL", start, start + MINUTE, scoreSum, tweets, 0, 0);
    }
}
