package io.tradestream.model.join;

import io.tradestream.model.Quote;

/**
 * Classifies trades as buyer- or seller-initiated by the Lee–Ready algorithm.
 *
 * <ul>
 *   <li>Quote rule: a trade above the prevailing mid was a buy, below it a sell.
 *   <li>Tick rule, for trades at the mid, without a quote or against a locked quote: a trade above
 *       the previous trade's price was a buy, below it a sell; at the same price it takes the
 *       direction of the last price change (zero-uptick is a buy, zero-downtick a sell). Before any
 *       price change the side is unknown.
 * </ul>
 */
public final class TradeClassifier {
    private TradeClassifier() {}

    /**
     * The side of a trade at {@code price} given the prevailing {@code quote} (null if none), and
     * remembers the price in {@code ticks} for the next trade.
     */
    public static TradeSide classify(double price, Quote quote, JoinMemory ticks) {
        TradeSide byTick = tickRule(price, ticks);
        if (quote == null || quote.ask() <= quote.bid()) {
            return byTick;
        }
        double mid = (quote.bid() + quote.ask()) / 2;
        if (price > mid) {
            return TradeSide.BUY;
        }
        if (price < mid) {
            return TradeSide.SELL;
        }
        return byTick;
    }

    private static TradeSide tickRule(double price, JoinMemory ticks) {
        if (price > ticks.lastPrice) {
            ticks.lastDirection = 1;
        } else if (price < ticks.lastPrice) {
            ticks.lastDirection = -1;
        }
        // Comparisons with NaN are false: the first trade leaves the direction at 0.
        ticks.lastPrice = price;
        return switch (ticks.lastDirection) {
            case 1 -> TradeSide.BUY;
            case -1 -> TradeSide.SELL;
            default -> TradeSide.UNKNOWN;
        };
    }
}
