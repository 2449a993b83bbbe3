package io.tradestream.model.join;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;

/**
 * A trade with the quote that prevailed at its event time (the latest quote at or before it), and
 * the side that initiated it.
 *
 * @param trade the trade
 * @param quote the prevailing quote, or null when the symbol had no quote yet at the trade's time
 * @param side the initiating side by the quote rule, with the tick rule at the mid
 */
public record EnrichedTrade(Trade trade, Quote quote, TradeSide side) {

    public String symbol() {
        return trade.symbol();
    }

    public long timestamp() {
        return trade.timestamp();
    }

    /** Whether a quote prevailed; trades before the symbol's first quote have none. */
    public boolean hasQuote() {
        return quote != null;
    }

    /** Ask minus bid of the prevailing quote; NaN without one. */
    public double spread() {
        return hasQuote() ? quote.ask() - quote.bid() : Double.NaN;
    }

    /** Midpoint of the prevailing quote; NaN without one. */
    public double mid() {
        return hasQuote() ? (quote.bid() + quote.ask()) / 2 : Double.NaN;
    }
}
