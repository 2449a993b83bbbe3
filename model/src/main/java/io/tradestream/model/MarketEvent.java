package io.tradestream.model;

/**
 * A trade or a quote: the market data of one symbol in event-time order. Exactly one of {@code
 * trade} and {@code quote} is set.
 *
 * @param kafkaTimestamp when the record entered Kafka (its record timestamp), epoch milliseconds; 0
 *     when it did not come from Kafka. It only feeds the latency metrics and is never written.
 */
public record MarketEvent(Trade trade, Quote quote, long kafkaTimestamp) {

    public MarketEvent {
        if ((trade == null) == (quote == null)) {
            throw new IllegalArgumentException("a market event is either a trade or a quote");
        }
    }

    public MarketEvent(Trade trade, Quote quote) {
        this(trade, quote, 0);
    }

    /** The same event, as read from a Kafka record with this timestamp. */
    public MarketEvent withKafkaTimestamp(long timestamp) {
        return new MarketEvent(trade, quote, timestamp);
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
