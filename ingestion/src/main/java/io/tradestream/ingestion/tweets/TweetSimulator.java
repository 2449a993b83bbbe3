package io.tradestream.ingestion.tweets;

import io.tradestream.ingestion.taq.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends made-up finance tweets at a steady rate: live, stamped with the wall clock and paced by it,
 * or for a stretch of simulated time from a start instant, stamped with that time and sent as fast
 * as possible.
 */
final class TweetSimulator {
    private final FinanceTweets tweets;
    private final TweetSink sink;
    private final double perSecond;
    private volatile boolean stopRequested;

    TweetSimulator(FinanceTweets tweets, TweetSink sink, double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("the rate must be above 0, got " + perSecond);
        }
        this.tweets = tweets;
        this.sink = sink;
        this.perSecond = perSecond;
    }

    /** Tweets of simulated time {@code [start, start + length)}, as fast as possible. */
    long simulate(Instant start, Duration length) {
        long sent = 0;
        long end = start.plus(length).toEpochMilli();
        for (long t = start.toEpochMilli(); t < end && !stopRequested; t = at(start, ++sent)) {
            sink.send(tweets.next(t));
        }
        sink.flush();
        return sent;
    }

    /** Live tweets until {@link #stop()} or {@code length} (null: no end) has passed. */
    long live(Clock clock, Sleeper sleeper, Duration length) throws InterruptedException {
        Instant start = clock.instant();
        long sent = 0;
        while (!stopRequested && (length == null || clock.instant().isBefore(start.plus(length)))) {
            long due = at(start, sent);
            long wait = due - clock.millis();
            if (wait > 0) {
                sleeper.sleep(wait * 1_000_000);
            }
            sink.send(tweets.next(clock.millis()));
            sent++;
        }
        sink.flush();
        return sent;
    }

    /** Makes a running simulation return soon, with every tweet sent flushed. */
    void stop() {
        stopRequested = true;
    }

    private long at(Instant start, long index) {
        return start.toEpochMilli() + (long) (index * 1_000 / perSecond);
    }
}
