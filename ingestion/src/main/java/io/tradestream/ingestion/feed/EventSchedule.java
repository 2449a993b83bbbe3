package io.tradestream.ingestion.feed;

import java.util.NoSuchElementException;

/**
 * When the events happen: trade {@code k} at {@code k / tradesPerSecond} seconds after the start,
 * quote {@code j} at {@code j / quotesPerSecond}, merged in time order (a trade first on a tie).
 * Evenly spaced arrivals make the counts per second exact; which symbol each event goes to is
 * random, so each symbol still sees irregular arrivals.
 */
final class EventSchedule {

    /** One scheduled event: a trade or a quote, at an epoch-millisecond timestamp. */
    record Slot(boolean trade, long timestamp) {}

    private final long startMillis;
    private final double millisPerTrade;
    private final double millisPerQuote;
    private final double endOffsetMillis;
    private long trades;
    private long quotes;

    EventSchedule(MarketFeedConfig config) {
        startMillis = config.start().toEpochMilli();
        millisPerTrade = interval(config.tradesPerSecond());
        millisPerQuote = interval(config.quotesPerSecond());
        endOffsetMillis =
                config.unbounded() ? Double.POSITIVE_INFINITY : config.duration().toMillis();
    }

    private static double interval(double perSecond) {
        return perSecond > 0 ? 1000.0 / perSecond : Double.POSITIVE_INFINITY;
    }

    boolean hasNext() {
        return nextOffset() < endOffsetMillis;
    }

    Slot next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the market's duration is over");
        }
        boolean trade = tradeOffset() <= quoteOffset();
        long timestamp = startMillis + (long) Math.floor(nextOffset());
        if (trade) {
            trades++;
        } else {
            quotes++;
        }
        return new Slot(trade, timestamp);
    }

    private double nextOffset() {
        return Math.min(tradeOffset(), quoteOffset());
    }

    private double tradeOffset() {
        return offset(trades, millisPerTrade);
    }

    private double quoteOffset() {
        return offset(quotes, millisPerQuote);
    }

    /** The offset of event {@code n} of a kind; never, for a kind with a zero rate. */
    private static double offset(long n, double interval) {
        return Double.isInfinite(interval) ? interval : n * interval;
    }
}
