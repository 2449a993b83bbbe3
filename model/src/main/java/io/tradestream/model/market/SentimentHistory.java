package io.tradestream.model.market;

import io.tradestream.model.sentiment.SymbolSentiment;
import java.util.Arrays;

/**
 * The last hour of one symbol's tweet sentiment, one slot per minute in a ring, for the rule
 * functions {@code sentiment(w)} and {@code tweet_count(w)}.
 *
 * <p>A window of w at event time t covers the w / 1m whole minutes before t's minute: the current
 * minute is still open, and its tweets count once the watermark has closed it.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class SentimentHistory {
    public static final long MINUTE_MILLIS = 60_000;

    /** Minutes held: the longest window the rule language allows. */
    public static final int MINUTES = 60;

    private static final long EMPTY = Long.MIN_VALUE;

    /** The epoch minute each slot holds, {@link #EMPTY} if none. */
    public long[] minutes;

    public double[] scoreSums;
    public long[] tweetCounts;

    public SentimentHistory() {
        minutes = new long[MINUTES];
        Arrays.fill(minutes, EMPTY);
        scoreSums = new double[MINUTES];
        tweetCounts = new long[MINUTES];
    }

    /**
     * Records one minute's sentiment; a minute older than the one its slot holds is ignored.
     *
     * @throws IllegalArgumentException if {@code minute} does not span one whole minute
     */
    public void record(SymbolSentiment minute) {
        if (minute.lengthMillis() != MINUTE_MILLIS || minute.start() % MINUTE_MILLIS != 0) {
            throw new IllegalArgumentException("not a whole minute: " + minute);
        }
        long epochMinute = minute.start() / MINUTE_MILLIS;
        int slot = slot(epochMinute);
        if (minutes[slot] != EMPTY && minutes[slot] > epochMinute) {
            return;
        }
        minutes[slot] = epochMinute;
        scoreSums[slot] = minute.scoreSum();
        tweetCounts[slot] = minute.tweetCount();
    }

    /** Mean score over the window ending at {@code now}'s minute; NaN if no tweets. */
    public double mean(long now, long windowMillis) {
        double count = total(now, windowMillis, false);
        return count == 0 ? Double.NaN : total(now, windowMillis, true) / count;
    }

    /** Number of tweets over the window ending at {@code now}'s minute. */
    public long count(long now, long windowMillis) {
        return (long) total(now, windowMillis, false);
    }

    /** Sums the scores, or the tweet counts, of the window's minutes that are held. */
    private double total(long now, long windowMillis, boolean scores) {
        double total = 0;
        long currentMinute = Math.floorDiv(now, MINUTE_MILLIS);
        for (long m = currentMinute - windowMinutes(windowMillis); m < currentMinute; m++) {
            int slot = slot(m);
            if (minutes[slot] == m) {
                total += scores ? scoreSums[slot] : tweetCounts[slot];
            }
        }
        return total;
    }

    private static long windowMinutes(long windowMillis) {
        return Math.min(windowMillis / MINUTE_MILLIS, MINUTES);
    }

    private static int slot(long epochMinute) {
        return (int) Math.floorMod(epochMinute, (long) MINUTES);
    }
}
