package io.tradestream.ingestion.tweets;

import io.tradestream.ingestion.taq.ReplayPacer;
import io.tradestream.ingestion.taq.ReplaySpeed;
import io.tradestream.ingestion.taq.Sleeper;
import io.tradestream.ingestion.taq.TaqFormatException;
import io.tradestream.model.tweets.Tweet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Replays JSON-lines files of tweets to a sink, in file order, at a speed. Malformed lines are
 * counted and reported with their file, line number and reason; the first {@code showMalformed} in
 * full.
 *
 * <p>With {@code shiftToNow}, every tweet's time is moved by the same amount so that the first one
 * is now: old tweets then arrive as live ones, and the gaps between them are kept.
 */
final class TweetReplay {

    /** What a replay did. */
    record Summary(long lines, long sent, long malformed, long elapsedNanos) {}

    private final TweetSink sink;
    private final ReplaySpeed speed;
    private final boolean shiftToNow;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final PrintStream report;
    private final int showMalformed;

    TweetReplay(
            TweetSink sink,
            ReplaySpeed speed,
            boolean shiftToNow,
            Clock clock,
            LongSupplier nanoClock,
            Sleeper sleeper,
            PrintStream report,
            int showMalformed) {
        this.sink = sink;
        this.speed = speed;
        this.shiftToNow = shiftToNow;
        this.clock = clock;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.report = report;
        this.showMalformed = showMalformed;
    }

    Summary replay(List<Path> files) throws IOException, TaqFormatException, InterruptedException {
        long start = nanoClock.getAsLong();
        ReplayPacer pacer = new ReplayPacer(speed, nanoClock);
        long lines = 0;
        long sent = 0;
        long malformed = 0;
        Long shift = null;
        for (Path file : files) {
            try (TweetLines tweets = TweetLines.open(file)) {
                while (tweets.hasNext()) {
                    TweetLines.Line line = tweets.next();
                    lines++;
                    if (!line.tweet().isOk()) {
                        if (malformed++ < showMalformed) {
                            report.println(
                                    file.getFileName()
                                            + ":"
                                            + line.number()
                                            + ": "
                                            + line.tweet().error());
                        }
                        continue;
                    }
                    Tweet tweet = line.tweet().value();
                    if (shiftToNow) {
                        if (shift == null) {
                            shift = clock.millis() - tweet.timestamp();
                        }
                        tweet = shifted(tweet, shift);
                    }
                    long wait = pacer.nanosUntilDue(tweet.timestamp() * 1_000_000);
                    if (wait > 0) {
                        sleeper.sleep(wait);
                    }
                    sink.send(tweet);
                    sent++;
                }
            }
        }
        sink.flush();
        if (malformed > showMalformed) {
            report.println("... and " + (malformed - showMalformed) + " more malformed lines");
        }
        return new Summary(lines, sent, malformed, nanoClock.getAsLong() - start);
    }

    private static Tweet shifted(Tweet tweet, long millis) {
        return new Tweet(
                tweet.id(),
                tweet.timestamp() + millis,
                tweet.text(),
                tweet.authorId(),
                tweet.lang(),
                tweet.retweet());
    }
}
