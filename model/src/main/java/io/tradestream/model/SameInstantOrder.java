package io.tradestream.model;

import java.util.Comparator;

/**
 * The order of market events that share a millisecond. Feeds carry no sequence number across topics
 * and partitions, so the order is fixed by content: the same input then gives the same results
 * however it was partitioned and whatever order it arrived in.
 */
public final class SameInstantOrder {
    public static final Comparator<Trade> TRADES =
            Comparator.comparingDouble(Trade::price).thenComparingLong(Trade::size);

    public static final Comparator<Quote> QUOTES =
            Comparator.comparingDouble(Quote::bid)
                    .thenComparingDouble(Quote::ask)
                    .thenComparingLong(Quote::bidSize)
                    .thenComparingLong(Quote::askSize);

    private SameInstantOrder() {}
}
