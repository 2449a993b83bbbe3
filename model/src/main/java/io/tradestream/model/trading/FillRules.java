package io.tradestream.model.trading;

/** Whether, and at what price, an order fills against the prices a broker call sees. */
final class FillRules {
    private FillRules() {}

    /**
     * The price {@code order} fills at now, or NaN if it keeps working. Moves a trailing stop with
     * the trade and activates a stop-limit whose stop is reached.
     */
    static double fillPrice(WorkingOrder order, MarketPrices prices, TradingCosts costs) {
        return switch (order.type) {
            case MARKET -> prices.market(order.side, costs);
            case LIMIT -> limit(order.side, order.limitPrice, prices);
            case STOP -> stop(order, prices, costs);
            case STOP_LIMIT -> stopLimit(order, prices);
            case TRAILING_STOP -> {
                if (!Double.isNaN(prices.trade)) {
                    order.follow(prices.trade);
                }
                yield stop(order, prices, costs);
            }
        };
    }

    /**
     * A limit order fills at the quote when the quote reaches its limit, or at the limit when a
     * trade prints strictly through it; NaN otherwise.
     */
    static double limit(Side side, double limitPrice, MarketPrices prices) {
        double atQuote = marketable(side, limitPrice, prices);
        if (!Double.isNaN(atQuote)) {
            return atQuote;
        }
        boolean tradedThrough =
                side == Side.BUY ? prices.trade < limitPrice : prices.trade > limitPrice;
        return tradedThrough ? limitPrice : Double.NaN;
    }

    /**
     * Whether a stop is reached: a buy stop by a trade or an ask at or above it, a sell stop by a
     * trade or a bid at or below it.
     */
    static boolean stopReached(Side side, double stopPrice, MarketPrices prices) {
        return side == Side.BUY
                ? prices.trade >= stopPrice || prices.ask >= stopPrice
                : prices.trade <= stopPrice || prices.bid <= stopPrice;
    }

    /** A reached stop becomes a market order. */
    private static double stop(WorkingOrder order, MarketPrices prices, TradingCosts costs) {
        return stopReached(order.side, order.stopPrice, prices)
                ? prices.market(order.side, costs)
                : Double.NaN;
    }

    /** A reached stop-limit becomes a limit order, which the quote may fill at once. */
    private static double stopLimit(WorkingOrder order, MarketPrices prices) {
        if (order.triggered) {
            return limit(order.side, order.limitPrice, prices);
        }
        if (!stopReached(order.side, order.stopPrice, prices)) {
            return Double.NaN;
        }
        order.triggered = true;
        // The print that reaches the stop happened before the limit order existed, so it cannot
        // fill it; only the standing quote can.
        return marketable(order.side, order.limitPrice, prices);
    }

    /** The quote price a limit order takes when the quote reaches its limit; NaN otherwise. */
    private static double marketable(Side side, double limitPrice, MarketPrices prices) {
        if (side == Side.BUY) {
            return prices.ask <= limitPrice ? prices.ask : Double.NaN;
        }
        return prices.bid >= limitPrice ? prices.bid : Double.NaN;
    }
}
