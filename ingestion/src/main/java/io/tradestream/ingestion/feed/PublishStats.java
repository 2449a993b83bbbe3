package io.tradestream.ingestion.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far a {@link MarketFeedPublisher} got: the progress while it runs, the summary at the end.
 *
 * @param trades trades sent
 * @param quotes quotes sent
 * @param acknowledged records the brokers acknowledged so far (all of them in a final summary)
 * @param elapsed wall-clock time since publishing started
 * @param lastEventTime event time of the last event sent, empty before the first
 */
public record PublishStats(
        long trades,
        long quotes,
        long acknowledged,
        Duration elapsed,
        Optional<Instant> lastEventTime) {

    public long events() {
        return trades + quotes;
    }

    /** Events sent per wall-clock second. */
    public double eventsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? events() / seconds : 0;
    }
}
