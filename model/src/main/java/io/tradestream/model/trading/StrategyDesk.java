package io.tradestream.model.trading;

/**
 * One {@link PaperBroker} call at work on one strategy's book in one symbol: it knows whose book it
 * is, so it can fill orders, close positions and tell the trader why an order did not go through.
 */
final class StrategyDesk {
    private final String owner;
    private final String strategyId;
    private final String symbol;
    private final StrategyBook book;
    private final StrategyTerms terms;
    private final BrokerEvents events;

    StrategyDesk(
            String owner,
            String strategyId,
            String symbol,
            StrategyBook book,
            StrategyTerms terms,
            BrokerEvents events) {
        this.owner = owner;
        this.strategyId = strategyId;
        this.symbol = symbol;
        this.book = book;
        this.terms = terms;
        this.events = events;
    }

    /** Places the strategy's order unless one is still working, and fills it if it can. */
    void place(MarketPrices prices, long now) {
        if (book.orders.length > 0) {
            return;
        }
        double reference = prices.reference();
        WorkingOrder order = WorkingOrder.fromTemplate(terms.order, reference, now);
        if (Double.isNaN(reference)) {
            notice(
                    now,
                    order.describe(symbol)
                            + " refused: there is no trade or quote for "
                            + symbol
                            + " yet to price it");
            return;
        }
        long allowed = allowedQuantity(order.side, order.quantity);
        if (allowed == 0) {
            notice(now, order.describe(symbol) + " refused: " + noShortSelling());
            return;
        }
        if (allowed < order.quantity) {
            notice(
                    now,
                    order.describe(symbol) + " cut to " + allowed + " shares: " + noShortSelling());
            order.quantity = allowed;
        }
        order.id = book.takeOrderId();
        book.add(order);
        work(order, prices, now);
    }

    /** Applies the exits, then fills the working orders that the prices reach. */
    void work(MarketPrices prices, long now) {
        exitIfDue(prices, now);
        for (WorkingOrder order : book.orders) {
            work(order, prices, now);
        }
    }

    /** Cancels the orders that have expired by {@code now}. */
    void expire(long now) {
        for (WorkingOrder order : book.orders) {
            if (order.expiresAt <= now) {
                book.remove(order);
                notice(now, order.describe(symbol) + " expired at the close");
            }
        }
    }

    /** Cancels every working order and closes the position at market. */
    void liquidate(MarketPrices prices, long now) {
        for (WorkingOrder order : book.orders) {
            book.remove(order);
            notice(now, order.describe(symbol) + " cancelled: the strategy was deleted");
        }
        if (book.position.quantity != 0) {
            closeAtMarket(FillReason.LIQUIDATION, prices, now);
        }
    }

    /** Closes the position at market if it has been held for the longest time allowed. */
    void closeIfHeldTooLong(MarketPrices prices, long now) {
        if (now >= terms.exit.holdingDeadline(book.position)) {
            closeAtMarket(FillReason.MAX_HOLDING, prices, now);
        }
    }

    private void work(WorkingOrder order, MarketPrices prices, long now) {
        double price = FillRules.fillPrice(order, prices, terms.costs);
        if (Double.isNaN(price)) {
            return;
        }
        book.remove(order);
        // An exit may have closed the position since a sell was placed.
        long allowed = allowedQuantity(order.side, order.quantity);
        if (allowed == 0) {
            notice(now, order.describe(symbol) + " cancelled: " + noShortSelling());
            return;
        }
        if (allowed < order.quantity) {
            notice(
                    now,
                    order.describe(symbol) + " cut to " + allowed + " shares: " + noShortSelling());
        }
        execute(order.id, order.side, allowed, order.type, order.reason, price, now);
    }

    private void exitIfDue(MarketPrices prices, long now) {
        Position position = book.position;
        if (position.quantity == 0) {
            return;
        }
        Side closing = Side.closing(position.quantity);
        ExitPlan exit = terms.exit;
        if (FillRules.stopReached(closing, exit.stopLossPrice(position), prices)) {
            closeAtMarket(FillReason.STOP_LOSS, prices, now);
            return;
        }
        double takeProfit = FillRules.limit(closing, exit.takeProfitPrice(position), prices);
        if (!Double.isNaN(takeProfit)) {
            close(OrderType.LIMIT, FillReason.TAKE_PROFIT, takeProfit, now);
            return;
        }
        closeIfHeldTooLong(prices, now);
    }

    /** Closes the whole position at market; without any price it stays open until the next. */
    private void closeAtMarket(FillReason reason, MarketPrices prices, long now) {
        double price = prices.market(Side.closing(book.position.quantity), terms.costs);
        if (!Double.isNaN(price)) {
            close(OrderType.MARKET, reason, price, now);
        }
    }

    private void close(OrderType type, FillReason reason, double price, long now) {
        long held = book.position.quantity;
        execute(book.takeOrderId(), Side.closing(held), Math.abs(held), type, reason, price, now);
    }

    private void execute(
            long orderId,
            Side side,
            long quantity,
            OrderType type,
            FillReason reason,
            double price,
            long now) {
        Position position = book.position;
        double commission = terms.costs.commission(quantity);
        double realized = position.apply(side, quantity, price, commission, now);
        String id = owner + ':' + strategyId + ':' + symbol + ':' + position.fillCount;
        events.fill(
                new Fill(
                        id,
                        owner,
                        strategyId,
                        symbol,
                        orderId,
                        now,
                        side,
                        quantity,
                        price,
                        commission,
                        reason,
                        type,
                        realized,
                        position.quantity,
                        position.averageCost,
                        0));
    }

    /** The shares of an order that may fill: without short selling, a sell stops at flat. */
    private long allowedQuantity(Side side, long quantity) {
        if (side == Side.BUY || terms.allowShort) {
            return quantity;
        }
        return Math.min(quantity, Math.max(book.position.quantity, 0));
    }

    private String noShortSelling() {
        long held = book.position.quantity;
        String position = held == 0 ? "flat" : (held > 0 ? "long " : "short ") + Math.abs(held);
        return "short selling is not allowed for this strategy and the position is " + position;
    }

    private void notice(long now, String message) {
        events.notice(new OrderNotice(owner, strategyId, symbol, now, message));
    }
}
