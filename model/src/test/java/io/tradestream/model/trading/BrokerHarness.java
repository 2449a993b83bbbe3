package io.tradestream.model.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;

/**
 * Drives {@link PaperBroker} for one strategy of alice's in AAPL the way the streaming operator
 * does: it remembers the quote and the last trade price and records what the broker reports.
 */
final class BrokerHarness implements BrokerEvents {
    static final String OWNER = "alice";
    static final String STRATEGY = "dip";
    static final String SYMBOL = "AAPL";

    /** Wednesday 12 June 2024, 10:30 in New York (14:30 UTC, daylight saving time). */
    static final long MORNING = Instant.parse("2024-06-12T14:30:00Z").toEpochMilli();

    /** Tolerance for prices and money computed in doubles: the values are exact otherwise. */
    static final Offset<Double> EXACT = Offset.offset(1e-9);

    final StrategyBook book = new StrategyBook();
    final StrategyTerms terms = new StrategyTerms();
    final List<Fill> fills = new ArrayList<>();
    final List<OrderNotice> notices = new ArrayList<>();

    private double bid = Double.NaN;
    private double ask = Double.NaN;
    private double lastPrice = Double.NaN;

    /** Sets the strategy's order and returns it for the prices. */
    OrderTemplate order(Side side, long quantity, OrderType type) {
        OrderTemplate order = new OrderTemplate();
        order.side = side;
        order.quantity = quantity;
        order.type = type;
        terms.order = order;
        return order;
    }

    /** Starts from an open position, as if earlier fills had built it. */
    void hold(long quantity, double averageCost, long openedAt) {
        book.position.quantity = quantity;
        book.position.averageCost = averageCost;
        book.position.openedAt = openedAt;
    }

    void quote(double newBid, double newAsk, long ts) {
        bid = newBid;
        ask = newAsk;
        PaperBroker.onQuote(OWNER, STRATEGY, SYMBOL, book, terms, bid, ask, ts, this);
    }

    void trade(double price, long ts) {
        lastPrice = price;
        PaperBroker.onTrade(OWNER, STRATEGY, SYMBOL, book, terms, bid, ask, price, ts, this);
    }

    void signal(long ts) {
        PaperBroker.placeSignalOrder(
                OWNER, STRATEGY, SYMBOL, book, terms, bid, ask, lastPrice, ts, this);
    }

    void clock(long ts) {
        PaperBroker.onTime(OWNER, STRATEGY, SYMBOL, book, terms, bid, ask, lastPrice, ts, this);
    }

    long nextDeadline() {
        return PaperBroker.nextDeadline(book, terms);
    }

    Fill onlyFill() {
        assertThat(fills).hasSize(1);
        return fills.get(0);
    }

    Fill lastFill() {
        assertThat(fills).isNotEmpty();
        return fills.get(fills.size() - 1);
    }

    WorkingOrder onlyOrder() {
        assertThat(book.orders).hasSize(1);
        return book.orders[0];
    }

    List<String> messages() {
        return notices.stream().map(OrderNotice::message).toList();
    }

    @Override
    public void fill(Fill fill) {
        fills.add(fill);
    }

    @Override
    public void notice(OrderNotice notice) {
        notices.add(notice);
    }
}
