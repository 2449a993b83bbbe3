package io.tradestream.model;

/**
 * A trade or a quote: the market data of one symbol in event-time order. Exactly one of {@code
 * trade} and {@code quote} is set.
 */
public record MarketEvent(Trade trade, Quote quote) {

    public MarketEvent {
        if ((trade == null) == (quote == null)) {
            throw new IllegalArgumentException("a market event is either a trade or a quote");
        }
    }

    public static MarketEvent of(Trade trade) {
        return new MarketEvent(trade, null);
    }

    public static MarketEvent of(Quote quote) {
        return new MarketEvent(null, quote);
    }

    public boolean isTrade() {
        return trade != null;
    }

    public String symbol() {
        return trade != null ? trade.symbol() : quote.symbol();
    }

    public long timestamp() {
        return trade != null ? trade.timestamp() : quote.timestamp();
    }
}
