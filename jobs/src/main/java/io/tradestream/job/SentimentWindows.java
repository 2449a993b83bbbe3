package io.tradestream.job;

import io.tradestream.model.market.SentimentHistory;
import java.io.Serializable;
import java.time.Duration;

/**
 * The sliding windows of the sentiment written to {@code sentiment_by_symbol}: they roll minutes
 * up, so both the length and the slide are whole minutes.
 *
 * @param length how much time each window covers, e.g. 15 minutes
 * @param slide how often a window closes, e.g. every minute
 */
public record SentimentWindows(Duration length, Duration slide) implements Serializable {

    public SentimentWindows {
        for (Duration duration : new Duration[] {length, slide}) {
            if (duration.isZero()
                    || duration.isNegative()
                    || duration.toMillis() % SentimentHistory.MINUTE_MILLIS != 0) {
                throw new IllegalArgumentException(
                        "sentiment windows and slides must be whole minutes, got " + duration);
            }
        }
        if (length.compareTo(slide) < 0) {
            throw new IllegalArgumentException(
                    "a sentiment window ("
                            + length
                            + ") cannot be shorter than its slide ("
                            + slide
                            + ")");
        }
    }

    public static SentimentWindows from(JobSettings settings) {
        return new SentimentWindows(
                settings.duration("sentiment.window"), settings.duration("sentiment.slide"));
    }
}
