package io.tradestream.model.trading;

/**
 * Simulated execution of strategies' orders against live quotes and trades.
 *
 * <p>The broker holds no state of its own: each call works one strategy's {@link StrategyBook} in
 * one symbol and reports fills and notices to {@link BrokerEvents}. Prices come in as plain
 * doubles, NaN when not known yet.
 *
 * <p>Fill rules:
 *
 * <ul>
 *   <li>Market: a buy fills at the ask and a sell at the bid, or at the last trade price when there
 *       is no quote, in each case made worse by slippage; without any price it waits.
 *   <li>Limit L: a buy fills at the ask when the ask is at or below L, or at L when a trade prints
 *       strictly below L; a sell fills at the bid when the bid is at or above L, or at L when a
 *       trade prints strictly above L. No slippage.
 *   <li>Stop S: a buy triggers when a trade or the ask is at or above S, a sell when a trade or the
 *       bid is at or below S, and then fills as a market order.
 *   <li>Stop-limit: when its stop triggers it becomes a limit order, which the quote may fill at
 *       once.
 *   <li>Trailing stop: a sell's stop trails the highest trade price since placement (starting at
 *       the reference price) by the trail percentage, a buy's the lowest; it then acts as a stop.
 *   <li>Every fill pays max(minimum commission, commission per share × shares).
 * </ul>
 *
 * <p>Exits close the whole position: the stop loss as a market order once a trade or the quote
 * reaches it, the take profit as a limit order at its price, and the maximum holding time at market
 * on the first call at or after its deadline.
 */
public final class PaperBroker {
    private PaperBroker() {}

    /**
     * Places the order of {@code terms} because the strategy's condition fired, and fills it at
     * once if the current quote allows. Does nothing while an earlier order is still working.
     * Refuses the order without any price to measure offsets from, and a sell that would open a
     * short position when {@link StrategyTerms#allowShort} is off (cutting it to the long position
     * if there is one).
     */
    public static void placeSignalOrder(
            String owner,
            String strategyId,
            String symbol,
            StrategyBook book,
            StrategyTerms terms,
            double bid,
            double ask,
            double lastPrice,
            long now,
            BrokerEvents events) {
        new StrategyDesk(owner, strategyId, symbol, book, terms, events)
                .place(MarketPrices.current(bid, ask, lastPrice), now);
    }

    /** Works the book's exits and orders against a new quote. */
    public static void onQuote(
            String owner,
            String strategyId,
            String symbol,
            StrategyBook book,
            StrategyTerms terms,
            double bid,
            double ask,
            long ts,
            BrokerEvents events) {
        if (!book.isIdle()) {
            new StrategyDesk(owner, strategyId, symbol, book, terms, events)
                    .work(MarketPrices.quote(bid, ask), ts);
        }
    }

    /**
     * Works the book's exits and orders against a trade at {@code price}; {@code bid} and {@code
     * ask} are the quote standing when it printed, which market fills take.
     */
    public static void onTrade(
            String owner,
            String strategyId,
            String symbol,
            StrategyBook book,
            StrategyTerms terms,
            double bid,
            double ask,
            double price,
            long ts,
            BrokerEvents events) {
        if (!book.isIdle()) {
            new StrategyDesk(owner, strategyId, symbol, book, terms, events)
                    .work(MarketPrices.trade(bid, ask, price), ts);
        }
    }

    /**
     * Cancels the DAY orders that have expired by {@code now} and closes a position held for the
     * longest time allowed, at market. Call it at {@link #nextDeadline}.
     */
    public static void onTime(
            String owner,
            String strategyId,
            String symbol,
            StrategyBook book,
            StrategyTerms terms,
            double bid,
            double ask,
            double lastPrice,
            long now,
            BrokerEvents events) {
        if (!book.isIdle()) {
            StrategyDesk desk = new StrategyDesk(owner, strategyId, symbol, book, terms, events);
            desk.expire(now);
            desk.closeIfHeldTooLong(MarketPrices.current(bid, ask, lastPrice), now);
        }
    }

    /**
     * Cancels the book's working orders and closes its position at market, because the strategy was
     * deleted. Without any price the position stays open until a price comes.
     */
    public static void liquidate(
            String owner,
            String strategyId,
            String symbol,
            StrategyBook book,
            TradingCosts costs,
            double bid,
            double ask,
            double lastPrice,
            long now,
            BrokerEvents events) {
        if (!book.isIdle()) {
            StrategyTerms terms = new StrategyTerms();
            terms.costs = costs;
            new StrategyDesk(owner, strategyId, symbol, book, terms, events)
                    .liquidate(MarketPrices.current(bid, ask, lastPrice), now);
        }
    }

    /**
     * The earliest time {@link #onTime} has work to do: a DAY order's expiry or the maximum holding
     * deadline; {@link Long#MAX_VALUE} if none. A holding deadline that has passed without a price
     * to close at stays the answer until a price comes.
     */
    public static long nextDeadline(StrategyBook book, StrategyTerms terms) {
        long deadline = terms.exit.holdingDeadline(book.position);
        for (WorkingOrder order : book.orders) {
            deadline = Math.min(deadline, order.expiresAt);
        }
        return deadline;
    }
}
