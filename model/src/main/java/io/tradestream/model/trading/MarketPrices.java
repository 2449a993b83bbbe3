package io.tradestream.model.trading;

/**
 * The prices one broker call sees: the current quote, the last trade price, and the trade that
 * prompted the call, if one did. Any of them may be NaN when not known.
 */
final class MarketPrices {
    final double bid;
    final double ask;
    final double lastPrice;

    /** The trade being processed; NaN when the call is about a quote, an order or the clock. */
    final double trade;

    private MarketPrices(double bid, double ask, double lastPrice, double trade) {
        this.bid = bid;
        this.ask = ask;
        this.lastPrice = lastPrice;
        this.trade = trade;
    }

    static MarketPrices quote(double bid, double ask) {
        return new MarketPrices(bid, ask, Double.NaN, Double.NaN);
    }

    static MarketPrices trade(double bid, double ask, double price) {
        return new MarketPrices(bid, ask, price, price);
    }

    static MarketPrices current(double bid, double ask, double lastPrice) {
        return new MarketPrices(bid, ask, lastPrice, Double.NaN);
    }

    boolean hasQuote() {
        return !Double.isNaN(bid) && !Double.isNaN(ask);
    }

    /** What offsets are measured from: the last trade price, else the quote mid; else NaN. */
    double reference() {
        if (!Double.isNaN(lastPrice)) {
            return lastPrice;
        }
        return hasQuote() ? (bid + ask) / 2 : Double.NaN;
    }

    /**
     * Where a market order on {@code side} fills: at the ask for a buy and the bid for a sell, or
     * at the last trade price without a quote, made worse by slippage; NaN without any price.
     */
    double market(Side side, TradingCosts costs) {
        double price = hasQuote() ? (side == Side.BUY ? ask : bid) : lastPrice;
        return Double.isNaN(price) ? Double.NaN : costs.withSlippage(side, price);
    }
}
