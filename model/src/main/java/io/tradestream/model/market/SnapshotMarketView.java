package io.tradestream.model.market;

import io.tradestream.rules.expr.MarketView;

/**
 * The rule language's view of one symbol at the current event: its snapshot, price history and
 * sentiment history. One instance is reused for every event so that evaluating rules allocates
 * nothing.
 */
public final class SnapshotMarketView implements MarketView {
    private SymbolSnapshot snapshot;
    private PriceHistory history;
    private SentimentHistory sentiment;
    private long now;

    /** Points the view at a symbol's state as of event time {@code now}. */
    public void reset(
            SymbolSnapshot snapshot, PriceHistory history, SentimentHistory sentiment, long now) {
        this.snapshot = snapshot;
        this.history = history;
        this.sentiment = sentiment;
        this.now = now;
    }

    @Override
    public double price() {
        return snapshot.lastPrice;
    }

    @Override
    public double bid() {
        return snapshot.bid;
    }

    @Override
    public double ask() {
        return snapshot.ask;
    }

    @Override
    public double changePct(long windowMillis) {
        return history.changePct(now, windowMillis, snapshot.lastPrice);
    }

    @Override
    public double sentiment(long windowMillis) {
        return sentiment.mean(now, windowMillis);
    }

    @Override
    public double tweetCount(long windowMillis) {
        return sentiment.count(now, windowMillis);
    }
}
