package io.tradestream.ingestion.taq;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Symbols;
import io.tradestream.model.Trade;
import java.util.Arrays;
import java.util.Set;

/**
 * Turns the data lines of one TAQ file into events.
 *
 * <p>A trade needs a time ({@link TaqTime}), a symbol TradeStream accepts ({@link Symbols}; {@code
 * BRK B} becomes {@code BRK.B}), a Trade Volume of at least one share and a Trade Price above 0. A
 * quote needs the same time and symbol, and bid and offer prices and sizes; sizes are round lots
 * and are multiplied by {@link TaqLayout#ROUND_LOT} to give shares. A quote with a zero price or
 * size on one side is one-sided and skipped; a crossed quote (offer below bid) is malformed.
 * Timestamps are cut to milliseconds, the precision of the wire format.
 *
 * <p>With a symbol filter, lines of other symbols are skipped once their symbol is read; their
 * other fields are not checked.
 */
final class TaqLineParser {

    private static final ParsedLine SKIPPED_OTHER_SYMBOL =
            new ParsedLine.Skipped(ParsedLine.SkipReason.OTHER_SYMBOL);
    private static final ParsedLine SKIPPED_ONE_SIDED =
            new ParsedLine.Skipped(ParsedLine.SkipReason.ONE_SIDED_QUOTE);
    private static final long NANOS_PER_MILLI = 1_000_000;

    private final TaqKind kind;
    private final TradingDay day;
    private final Set<String> symbols;
    private final TaqHeader header;
    private final int[] columns;
    private final int fieldsNeeded;
    private final PipeFields fields;

    /**
     * @param symbols the symbols to keep (TradeStream tickers); empty keeps all
     */
    TaqLineParser(TaqKind kind, TaqHeader header, TradingDay day, Set<String> symbols) {
        this.kind = kind;
        this.day = day;
        this.symbols = symbols;
        this.header = header;
        columns = kind.requiredColumns().stream().mapToInt(header::index).toArray();
        fieldsNeeded = 1 + Arrays.stream(columns).max().orElseThrow();
        fields = new PipeFields(fieldsNeeded);
    }

    ParsedLine parse(String line) {
        int count = fields.split(line);
        if (count < fieldsNeeded) {
            return new ParsedLine.Malformed(
                    count
                            + " field(s), but the header has "
                            + header.columnCount()
                            + " and "
                            + name(lastColumn())
                            + " is field "
                            + fieldsNeeded);
        }
        try {
            String symbol = symbol(fields.field(column(1)));
            if (!symbols.isEmpty() && !symbols.contains(symbol)) {
                return SKIPPED_OTHER_SYMBOL;
            }
            long epochNanos = day.epochNanos(TaqTime.nanosOfDay(fields.field(column(0))));
            long timestamp = Math.floorDiv(epochNanos, NANOS_PER_MILLI);
            return kind == TaqKind.TRADES
                    ? event(epochNanos, MarketEvent.of(trade(symbol, timestamp)))
                    : quote(symbol, timestamp, epochNanos);
        } catch (LineRejectedException e) {
            return new ParsedLine.Malformed(e.getMessage());
        }
    }

    private Trade trade(String symbol, long timestamp) {
        long size = TaqNumbers.shares(name(2), TaqNumbers.size(name(2), fields.field(column(2))));
        double price = TaqNumbers.price(name(3), fields.field(column(3)));
        if (price == 0) {
            throw new LineRejectedException(name(3) + " must be above 0, got 0");
        }
        return new Trade(symbol, timestamp, price, size);
    }

    private ParsedLine quote(String symbol, long timestamp, long epochNanos) {
        double bid = TaqNumbers.price(name(2), fields.field(column(2)));
        long bidLots = TaqNumbers.size(name(3), fields.field(column(3)));
        double offer = TaqNumbers.price(name(4), fields.field(column(4)));
        long offerLots = TaqNumbers.size(name(5), fields.field(column(5)));
        if (bid == 0 || bidLots == 0 || offer == 0 || offerLots == 0) {
            return SKIPPED_ONE_SIDED;
        }
        if (offer < bid) {
            throw new LineRejectedException(
                    "crossed quote: " + name(4) + " " + offer + " is below " + name(2) + " " + bid);
        }
        Quote quote =
                new Quote(
                        symbol,
                        timestamp,
                        bid,
                        TaqNumbers.lotsToShares(name(3), bidLots),
                        offer,
                        TaqNumbers.lotsToShares(name(5), offerLots));
        return event(epochNanos, MarketEvent.of(quote));
    }

    private static String symbol(String field) {
        String ticker = TaqLayout.toTicker(field);
        if (!Symbols.isValid(ticker)) {
            throw new LineRejectedException(
                    "symbol '"
                            + Excerpt.of(field)
                            + "' is not a ticker TradeStream takes: "
                            + Symbols.FORMAT_DESCRIPTION);
        }
        return ticker;
    }

    private static ParsedLine event(long epochNanos, MarketEvent event) {
        return new ParsedLine.Event(new TaqEvent(epochNanos, event));
    }

    /** The field index of the kind's required column {@code i}. */
    private int column(int i) {
        return columns[i];
    }

    private String name(int i) {
        return kind.requiredColumns().get(i);
    }

    private int lastColumn() {
        int last = 0;
        for (int i = 1; i < columns.length; i++) {
            if (columns[i] > columns[last]) {
                last = i;
            }
        }
        return last;
    }
}
