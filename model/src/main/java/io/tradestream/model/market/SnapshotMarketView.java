package io.tradestream.model.market;

import io.tradestream.rules.expr.MarketView;

/**
 * The rule language's view of one symbol at the current event: its snapshot, price history, minute
 * bars and sentiment history. One instance is reused for every event so that evaluating rules
 * allocates nothing; bar functions are computed once per event however many rules read them.
 */
public final class SnapshotMarketView implements MarketView {
    private static final int VOLUME = 0;
    private static final int VWAP = 1;
    private static final int SMA = 2;
    private static final int EMA = 3;
    private static final int RSI = 4;
    private static final int VOLATILITY = 5;
    private static final int BOLLINGER = 6;

    private final IndicatorMemo memo = new IndicatorMemo();
    private final long sentimentDelayMillis;
    private SymbolSnapshot snapshot;
    private PriceHistory history;
    private MinuteBars bars;
    private SentimentHistory sentiment;
    private long now;

    /**
     * @param sentimentDelayMillis how long after its end a minute of sentiment takes effect:
     *     sentiment windows end at the minute of {@code now - sentimentDelayMillis}
     */
    public SnapshotMarketView(long sentimentDelayMillis) {
        this.sentimentDelayMillis = sentimentDelayMillis;
    }

    /** Points the view at a symbol's state as of event time {@code now}. */
    public void reset(
            SymbolSnapshot snapshot,
            PriceHistory history,
            MinuteBars bars,
            SentimentHistory sentiment,
            long now) {
        this.snapshot = snapshot;
        this.history = history;
        this.bars = bars;
        this.sentiment = sentiment;
        this.now = now;
        memo.clear();
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
        return sentiment.mean(now - sentimentDelayMillis, windowMillis);
    }

    @Override
    public double tweetCount(long windowMillis) {
        return sentiment.count(now - sentimentDelayMillis, windowMillis);
    }

    @Override
    public double volume(int count) {
        int slot = memo.find(VOLUME, count, 0);
        return slot >= 0 ? memo.value(slot) : memo.remember(VOLUME, count, 0, bars.volume(count));
    }

    @Override
    public double vwap(int count) {
        int slot = memo.find(VWAP, count, 0);
        return slot >= 0 ? memo.value(slot) : memo.remember(VWAP, count, 0, bars.vwap(count));
    }

    @Override
    public double sma(int count) {
        int slot = memo.find(SMA, count, 0);
        return slot >= 0 ? memo.value(slot) : memo.remember(SMA, count, 0, bars.sma(count));
    }

    @Override
    public double ema(int count) {
        int slot = memo.find(EMA, count, 0);
        return slot >= 0 ? memo.value(slot) : memo.remember(EMA, count, 0, bars.ema(count));
    }

    @Override
    public double rsi(int periods) {
        int slot = memo.find(RSI, periods, 0);
        return slot >= 0 ? memo.value(slot) : memo.remember(RSI, periods, 0, bars.rsi(periods));
    }

    @Override
    public double volatility(int returns) {
        int slot = memo.find(VOLATILITY, returns, 0);
        return slot >= 0
                ? memo.value(slot)
                : memo.remember(VOLATILITY, returns, 0, bars.volatility(returns));
    }

    @Override
    public double bollinger(int count, double k) {
        int slot = memo.find(BOLLINGER, count, k);
        return slot >= 0
                ? memo.value(slot)
                : memo.remember(BOLLINGER, count, k, bars.bollinger(count, k));
    }
}
