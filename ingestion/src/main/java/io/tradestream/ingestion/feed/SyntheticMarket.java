package io.tradestream.ingestion.feed;

import io.tradestream.model.MarketEvent;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic synthetic market: the trades and quotes of a universe of symbols, in event-time
 * order (timestamps never decrease).
 *
 * <p>Each event's time comes from the {@link EventSchedule}; its symbol is drawn with Zipf-skewed
 * activity (rank 1 busiest); the symbol's price then moves by the {@link PriceProcess}, and the
 * event is a trade at that price or a quote around it ({@link Microstructure}). Everything is
 * driven by one {@link Random} seeded from the config, whose algorithm the Java specification
 * fixes: the same config yields the same events on every JVM.
 *
 * <p>Not thread-safe. Iterates forever if the config's duration is zero.
 */
public final class SyntheticMarket implements Iterator<MarketEvent> {

    private final MarketFeedConfig config;
    private final List<String> symbols;
    private final Random random;
    private final ZipfSampler activity;
    private final PriceProcess prices;
    private final EventSchedule schedule;

    public SyntheticMarket(MarketFeedConfig config) {
        this.config = config;
        this.symbols = SymbolUniverse.of(config.symbols());
        this.random = new Random(config.seed());
        this.activity = new ZipfSampler(config.symbols(), config.zipfExponent());
        this.prices = new PriceProcess(config, random);
        this.schedule = new EventSchedule(config);
    }

    public MarketFeedConfig config() {
        return config;
    }

    /** The universe, most active (rank 1) first. */
    public List<String> symbols() {
        return symbols;
    }

    @Override
    public boolean hasNext() {
        return schedule.hasNext();
    }

    @Override
    public MarketEvent next() {
        EventSchedule.Slot slot = schedule.next();
        int rank = activity.rank(random.nextDouble());
        String symbol = symbols.get(rank - 1);
        double price = prices.advance(rank - 1, slot.timestamp(), random);
        return slot.trade()
                ? MarketEvent.of(Microstructure.trade(symbol, slot.timestamp(), price, random))
                : MarketEvent.of(
                        Microstructure.quote(symbol, slot.timestamp(), price, rank, random));
    }

    /** The remaining events as an ordered, sequential stream (infinite if unbounded). */
    public Stream<MarketEvent> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(
                        this, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }
}
