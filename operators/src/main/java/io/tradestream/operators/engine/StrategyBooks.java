package io.tradestream.operators.engine;

import io.tradestream.model.WriteTime;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.market.SymbolSnapshot;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.model.trading.BrokerEvents;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.OpenBooks;
import io.tradestream.model.trading.OrderNotice;
import io.tradestream.model.trading.PaperBroker;
import io.tradestream.model.trading.PositionSnapshot;
import io.tradestream.model.trading.StrategyBook;
import io.tradestream.rules.expr.MarketView;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.util.Collector;
import org.apache.flink.util.FlinkRuntimeException;
import org.apache.flink.util.OutputTag;

/**
 * The strategy books of the symbol the engine is working on: loads the books with work, lets the
 * {@link PaperBroker} work them on each update, and reports fills, position snapshots and order
 * notices. One instance per task, reset for every timer.
 */
final class StrategyBooks implements BrokerEvents {
    private final MapState<String, StrategyBook> books;
    private final ValueState<OpenBooks> openBooks;
    private final OutputTag<Fill> fillsTag;
    private final OutputTag<PositionSnapshot> positionsTag;
    private final Counter ordersFilled;

    // The symbol being worked on.
    private final Map<String, StrategyBook> touched = new TreeMap<>();
    private String symbol;
    private ReadOnlyBroadcastState<String, Rule> rules;
    private SymbolSnapshot snapshot;
    private SideOutputs outputs;
    private Collector<Alert> alerts;
    private long kafkaTimestamp;
    private OpenBooks open;
    private String strategyId;
    private StrategyBook book;

    /** Where fills and position snapshots go: the timer context's side outputs. */
    interface SideOutputs {
        <X> void output(OutputTag<X> tag, X value);
    }

    StrategyBooks(
            MapState<String, StrategyBook> books,
            ValueState<OpenBooks> openBooks,
            OutputTag<Fill> fillsTag,
            OutputTag<PositionSnapshot> positionsTag,
            Counter ordersFilled) {
        this.books = books;
        this.openBooks = openBooks;
        this.fillsTag = fillsTag;
        this.positionsTag = positionsTag;
        this.ordersFilled = ordersFilled;
    }

    /**
     * Starts working on symbol {@code key}; its fills, positions and notices carry {@code
     * causeKafkaTimestamp}, when the market record that caused them entered Kafka.
     */
    void begin(
            String key,
            ReadOnlyBroadcastState<String, Rule> ruleVersions,
            SymbolSnapshot current,
            SideOutputs sideOutputs,
            Collector<Alert> alertOut,
            long causeKafkaTimestamp)
            throws Exception {
        symbol = key;
        rules = ruleVersions;
        snapshot = current;
        outputs = sideOutputs;
        alerts = alertOut;
        kafkaTimestamp = causeKafkaTimestamp;
        touched.clear();
        OpenBooks held = openBooks.value();
        open = held != null ? held : new OpenBooks();
    }

    /** The strategy's condition fired: place its order. */
    void signal(Rule rule, long now) {
        select(rule.id());
        PaperBroker.placeSignalOrder(
                rule.owner(),
                rule.id(),
                symbol,
                book,
                rule.terms(),
                snapshot.bid,
                snapshot.ask,
                snapshot.lastPrice,
                now,
                this);
    }

    /** A trade at {@code price}: works every open book, against the quote standing then. */
    void onTrade(double price, long now) {
        forEachOpenBook(
                now,
                rule ->
                        PaperBroker.onTrade(
                                rule.owner(),
                                strategyId,
                                symbol,
                                book,
                                rule.terms(),
                                snapshot.bid,
                                snapshot.ask,
                                price,
                                now,
                                this));
    }

    /** A new quote: works every open book. */
    void onQuote(long now) {
        forEachOpenBook(
                now,
                rule ->
                        PaperBroker.onQuote(
                                rule.owner(),
                                strategyId,
                                symbol,
                                book,
                                rule.terms(),
                                snapshot.bid,
                                snapshot.ask,
                                now,
                                this));
    }

    /**
     * Selects each open book in turn and works it with {@code work}, or, if its strategy was
     * deleted, cancels its orders and closes its position.
     */
    private void forEachOpenBook(long now, Consumer<Rule> work) {
        for (String id : open.strategyIds) {
            Rule rule = rule(id);
            select(id);
            if (rule.status() == RuleStatus.DELETED) {
                liquidate(rule, now);
            } else {
                work.accept(rule);
            }
        }
    }

    /** Expires DAY orders and closes positions held too long, at their deadlines. */
    void onTime(long now) {
        for (String id : open.strategyIds) {
            Rule rule = rule(id);
            select(id);
            if (PaperBroker.nextDeadline(book, rule.terms()) <= now) {
                PaperBroker.onTime(
                        rule.owner(),
                        id,
                        symbol,
                        book,
                        rule.terms(),
                        snapshot.bid,
                        snapshot.ask,
                        snapshot.lastPrice,
                        now,
                        this);
            }
        }
    }

    /** Values every open position at the market, as of the minute boundary {@code now}. */
    void mark(long now) {
        for (String id : open.strategyIds) {
            select(id);
            if (book.position.quantity != 0) {
                emitPosition(rule(id).owner(), now);
            }
        }
    }

    /**
     * Stores the books worked on, keeps the list of books with work, and asks for the timers they
     * need: their coming deadlines and, when the market moved while a position is open, the minute
     * mark that values it.
     *
     * <p>Timers are asked for only by market activity, never by a timer alone: at the end of a
     * bounded input, event time jumps to the end of time and a chain of timers would never stop.
     *
     * @param marketMoved whether a trade or quote was applied
     */
    void finish(long now, boolean marketMoved, TimerService timers) throws Exception {
        boolean positionOpen = false;
        for (Map.Entry<String, StrategyBook> entry : touched.entrySet()) {
            books.put(entry.getKey(), entry.getValue());
            open.update(entry.getKey(), !entry.getValue().isIdle());
        }
        for (String id : open.strategyIds) {
            StrategyBook held = touched.containsKey(id) ? touched.get(id) : books.get(id);
            positionOpen |= held.position.quantity != 0;
            long deadline = PaperBroker.nextDeadline(held, rule(id).terms());
            if (deadline > now && deadline != Long.MAX_VALUE) {
                timers.registerEventTimeTimer(deadline);
            }
        }
        if (!touched.isEmpty()) {
            openBooks.update(open);
        }
        if (positionOpen && marketMoved) {
            timers.registerEventTimeTimer(nextMinute(now));
        }
    }

    /** The minute boundary that closes the minute of {@code time}. */
    private static long nextMinute(long time) {
        return Math.floorDiv(time, MarketView.BAR_MILLIS) * MarketView.BAR_MILLIS
                + MarketView.BAR_MILLIS;
    }

    @Override
    public void fill(Fill fill) {
        ordersFilled.inc();
        outputs.output(fillsTag, fill.withKafkaTimestamp(kafkaTimestamp));
        emitPosition(fill.owner(), fill.timestamp());
    }

    @Override
    public void notice(OrderNotice notice) {
        alerts.collect(
                Alert.notice(notice, rule(notice.strategyId()).version(), snapshot.lastPrice)
                        .withKafkaTimestamp(kafkaTimestamp));
    }

    private void liquidate(Rule rule, long now) {
        PaperBroker.liquidate(
                rule.owner(),
                rule.id(),
                symbol,
                book,
                rule.terms().costs,
                snapshot.bid,
                snapshot.ask,
                snapshot.lastPrice,
                now,
                this);
    }

    private void emitPosition(String owner, long now) {
        book.lastWrite = WriteTime.next(now, book.lastWrite);
        outputs.output(
                positionsTag,
                PositionSnapshot.of(
                                owner,
                                strategyId,
                                symbol,
                                book.position,
                                markPrice(),
                                now,
                                book.lastWrite)
                        .withKafkaTimestamp(kafkaTimestamp));
    }

    /** The last trade price, else the quote mid, else NaN. */
    private double markPrice() {
        if (!Double.isNaN(snapshot.lastPrice)) {
            return snapshot.lastPrice;
        }
        return (snapshot.bid + snapshot.ask) / 2;
    }

    /** The applied version of strategy {@code id}: active, paused or a tombstone. */
    private Rule rule(String id) {
        try {
            return rules.get(id);
        } catch (Exception e) {
            throw new FlinkRuntimeException("cannot read strategy " + id, e);
        }
    }

    /** Makes {@code id}'s book the current one, loading it once per timer. */
    private void select(String id) {
        StrategyBook selected = touched.get(id);
        if (selected == null) {
            try {
                selected = books.get(id);
            } catch (Exception e) {
                throw new FlinkRuntimeException("cannot read the book of strategy " + id, e);
            }
            if (selected == null) {
                selected = new StrategyBook();
            }
            touched.put(id, selected);
        }
        strategyId = id;
        book = selected;
    }
}
