package io.tradestream.model.bars;

import io.tradestream.model.Trade;
import io.tradestream.model.join.EnrichedTrade;
import io.tradestream.model.join.TradeSide;

/**
 * Builds one bar from trades (or from finer bars) that may arrive out of event-time order.
 *
 * <p>Open and close follow event time, not arrival order; on equal timestamps the earlier arrival
 * opens and the later arrival closes, so the result is deterministic for a given input order.
 *
 * <p>This is Flink window state, so it is a POJO: public no-argument constructor and public fields,
 * which lets Flink's POJO serializer store it and evolve it across savepoints.
 */
public class BarAccumulator {
    public long openTime = Long.MAX_VALUE;
    public double open;
    public long closeTime = Long.MIN_VALUE;
    public double close;
    public double high = Double.NEGATIVE_INFINITY;
    public double low = Double.POSITIVE_INFINITY;
    public long volume;
    public long buyVolume;
    public long sellVolume;
    public double turnover;
    public long tradeCount;

    public BarAccumulator() {}

    public boolean isEmpty() {
        return tradeCount == 0;
    }

    public void add(EnrichedTrade enriched) {
        Trade trade = enriched.trade();
        include(
                trade.timestamp(),
                trade.price(),
                trade.timestamp(),
                trade.price(),
                trade.price(),
                trade.price(),
                trade.size(),
                enriched.side() == TradeSide.BUY ? trade.size() : 0,
                enriched.side() == TradeSide.SELL ? trade.size() : 0,
                trade.price() * trade.size(),
                1);
    }

    /** Adds a finer bar; its start stands in for its open time and its last instant for close. */
    public void add(Bar bar, long barLengthMillis) {
        include(
                bar.start(),
                bar.open(),
                bar.start() + barLengthMillis - 1,
                bar.close(),
                bar.high(),
                bar.low(),
                bar.volume(),
                bar.buyVolume(),
                bar.sellVolume(),
                bar.turnover(),
                bar.tradeCount());
    }

    public void merge(BarAccumulator other) {
        if (other.isEmpty()) {
            return;
        }
        include(
                other.openTime,
                other.open,
                other.closeTime,
                other.close,
                other.high,
                other.low,
                other.volume,
                other.buyVolume,
                other.sellVolume,
                other.turnover,
                other.tradeCount);
    }

    public Bar toBar(String symbol, String resolution, long start) {
        if (isEmpty()) {
            throw new IllegalStateException("an empty interval has no bar");
        }
        return new Bar(
                symbol,
                resolution,
                start,
                open,
                high,
                low,
                close,
                volume,
                buyVolume,
                sellVolume,
                turnover,
                tradeCount);
    }

    private void include(
            long firstTime,
            double firstPrice,
            long lastTime,
            double lastPrice,
            double highPrice,
            double lowPrice,
            long shares,
            long boughtShares,
            long soldShares,
            double value,
            long trades) {
        if (firstTime < openTime) {
            openTime = firstTime;
            open = firstPrice;
        }
        if (lastTime >= closeTime) {
            closeTime = lastTime;
            close = lastPrice;
        }
        high = Math.max(high, highPrice);
        low = Math.min(low, lowPrice);
        volume += shares;
        buyVolume += boughtShares;
        sellVolume += soldShares;
        turnover += value;
        tradeCount += trades;
    }
}
