package io.tradestream.model.engine;

import io.tradestream.model.Quote;
import io.tradestream.model.SameInstantOrder;
import io.tradestream.model.Trade;
import io.tradestream.model.market.SymbolUpdate;
import io.tradestream.model.sentiment.SymbolSentiment;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * The updates of one symbol at one millisecond, waiting for the watermark to pass them so that the
 * engine applies every symbol's updates in event-time order, whatever order they arrived in.
 *
 * <p>Within the millisecond the order is fixed by content, never by arrival: sentiment first (it
 * completed at this instant), then quotes, then trades, each in {@link SameInstantOrder}.
 *
 * <p>Flink keyed state, so a POJO; arrays rather than lists so that no field needs Kryo.
 */
public class PendingUpdates {
    private static final Comparator<SymbolSentiment> SENTIMENT_ORDER =
            Comparator.comparingLong(SymbolSentiment::start)
                    .thenComparingDouble(SymbolSentiment::scoreSum)
                    .thenComparingLong(SymbolSentiment::tweetCount);

    public SymbolSentiment[] sentiment = new SymbolSentiment[0];
    public Quote[] quotes = new Quote[0];
    public Trade[] trades = new Trade[0];

    /**
     * The newest Kafka timestamp of the trades and quotes held, 0 if none came from Kafka: what the
     * latency of the outputs they cause is measured from.
     */
    public long kafkaTimestamp;

    public PendingUpdates() {}

    public void add(SymbolUpdate update) {
        kafkaTimestamp = Math.max(kafkaTimestamp, update.kafkaTimestamp());
        if (update.trade() != null) {
            trades = append(trades, update.trade());
        } else if (update.quote() != null) {
            quotes = append(quotes, update.quote());
        } else {
            sentiment = append(sentiment, update.sentiment());
        }
    }

    /** Passes the updates to {@code apply} in their fixed order. */
    public void forEachInOrder(Consumer<SymbolUpdate> apply) {
        Arrays.sort(sentiment, SENTIMENT_ORDER);
        Arrays.sort(quotes, SameInstantOrder.QUOTES);
        Arrays.sort(trades, SameInstantOrder.TRADES);
        for (SymbolSentiment minute : sentiment) {
            apply.accept(SymbolUpdate.of(minute));
        }
        for (Quote quote : quotes) {
            apply.accept(new SymbolUpdate(null, quote, null));
        }
        for (Trade trade : trades) {
            apply.accept(new SymbolUpdate(trade, null, null));
        }
    }

    private static <T> T[] append(T[] array, T element) {
        T[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = element;
        return longer;
    }
}
