package io.tradestream.model.market;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.sentiment.SymbolSentiment;

/**
 * Anything that changes what the rules see of one symbol: a trade, a quote, or a minute of tweet
 * sentiment. Exactly one is set.
 *
 * @param kafkaTimestamp when the trade's or quote's record entered Kafka, epoch milliseconds; 0 if
 *     unknown (sentiment, or input not read from Kafka). Only for the latency metrics.
 */
public record SymbolUpdate(
        Trade trade, Quote quote, SymbolSentiment sentiment, long kafkaTimestamp) {

    public SymbolUpdate {
        int set = (trade != null ? 1 : 0) + (quote != null ? 1 : 0) + (sentiment != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException(
                    "a symbol update is exactly one of a trade, a quote or sentiment");
        }
    }

    public SymbolUpdate(Trade trade, Quote quote, SymbolSentiment sentiment) {
        this(trade, quote, sentiment, 0);
    }

    public static SymbolUpdate of(MarketEvent event) {
        return new SymbolUpdate(event.trade(), event.quote(), null, event.kafkaTimestamp());
    }

    public static SymbolUpdate of(SymbolSentiment minute) {
        return new SymbolUpdate(null, null, minute);
    }

    public String symbol() {
        if (trade != null) {
            return trade.symbol();
        }
        return quote != null ? quote.symbol() : sentiment.symbol();
    }

    /**
     * When the update takes effect: a trade's or quote's time, or the end of the sentiment's minute
     * (the minute is complete from then on).
     */
    public long timestamp() {
        if (trade != null) {
            return trade.timestamp();
        }
        return quote != null ? quote.timestamp() : sentiment.end();
    }
}
