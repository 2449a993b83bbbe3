package io.tradestream.model.json;

import io.tradestream.model.Quote;
import io.tradestream.model.Symbols;
import io.tradestream.model.Trade;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Reads and validates records of the {@code trades} and {@code quotes} topics (format in {@link
 * MarketJson}).
 *
 * <p>Validation is strict because a bad price poisons every bar, indicator and P&amp;L figure
 * downstream: all fields are required, no unknown field is allowed, prices are finite and positive,
 * sizes are positive whole numbers, the symbol has the ticker format and the event time lies
 * between {@link #EARLIEST_EVENT_TIME} and one day after the current time.
 */
public final class MarketEventParser {
    /** Market data older than this is certainly a unit mistake (e.g. seconds for millis). */
    public static final Instant EARLIEST_EVENT_TIME = Instant.parse("1990-01-01T00:00:00Z");

    /** How far ahead of the wall clock an event time may be (clock skew, time zones). */
    public static final Duration MAX_FUTURE_SKEW = Duration.ofDays(1);

    /** Prices above this are refused as typos: no listed share trades near it. */
    public static final double MAX_PRICE = 10_000_000;

    /** Sizes above this are refused as typos. */
    public static final long MAX_SIZE = 1_000_000_000L;

    private static final Set<String> TRADE_FIELDS =
            Set.of(MarketJson.SYMBOL, MarketJson.TIMESTAMP, MarketJson.PRICE, MarketJson.SIZE);
    private static final Set<String> QUOTE_FIELDS =
            Set.of(
                    MarketJson.SYMBOL,
                    MarketJson.TIMESTAMP,
                    MarketJson.BID,
                    MarketJson.BID_SIZE,
                    MarketJson.ASK,
                    MarketJson.ASK_SIZE);

    private final Clock clock;

    public MarketEventParser() {
        this(Clock.systemUTC());
    }

    public MarketEventParser(Clock clock) {
        this.clock = clock;
    }

    public ParseResult<Trade> parseTrade(byte[] payload) {
        try {
            JsonFields fields = JsonFields.parseObject(payload, TRADE_FIELDS);
            return ParseResult.ok(
                    new Trade(
                            symbol(fields),
                            timestamp(fields),
                            price(fields, MarketJson.PRICE),
                            size(fields, MarketJson.SIZE)));
        } catch (InvalidRecordException e) {
            return ParseResult.error("invalid trade: " + e.getMessage());
        }
    }

    public ParseResult<Quote> parseQuote(byte[] payload) {
        try {
            JsonFields fields = JsonFields.parseObject(payload, QUOTE_FIELDS);
            String symbol = symbol(fields);
            long timestamp = timestamp(fields);
            double bid = price(fields, MarketJson.BID);
            long bidSize = size(fields, MarketJson.BID_SIZE);
            double ask = price(fields, MarketJson.ASK);
            long askSize = size(fields, MarketJson.ASK_SIZE);
            if (ask < bid) {
                throw new InvalidRecordException(
                        "crossed quote: ask " + ask + " is below bid " + bid);
            }
            return ParseResult.ok(new Quote(symbol, timestamp, bid, bidSize, ask, askSize));
        } catch (InvalidRecordException e) {
            return ParseResult.error("invalid quote: " + e.getMessage());
        }
    }

    private static String symbol(JsonFields fields) {
        String symbol = fields.requireString(MarketJson.SYMBOL);
        if (!Symbols.isValid(symbol)) {
            throw new InvalidRecordException(
                    "field 'symbol' must be "
                            + Symbols.FORMAT_DESCRIPTION
                            + ", got '"
                            + JsonFields.echo(symbol)
                            + "'");
        }
        return symbol;
    }

    private long timestamp(JsonFields fields) {
        long timestamp = fields.requireLong(MarketJson.TIMESTAMP);
        long latest = clock.millis() + MAX_FUTURE_SKEW.toMillis();
        if (timestamp < EARLIEST_EVENT_TIME.toEpochMilli() || timestamp > latest) {
            throw new InvalidRecordException(
                    "field 'ts' must be epoch milliseconds between "
                            + EARLIEST_EVENT_TIME
                            + " and one day from now, got "
                            + timestamp
                            + describeInstant(timestamp));
        }
        return timestamp;
    }

    private static String describeInstant(long epochMillis) {
        try {
            return " (" + Instant.ofEpochMilli(epochMillis) + ")";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static double price(JsonFields fields, String field) {
        double price = fields.requireDouble(field);
        if (!Double.isFinite(price) || price <= 0 || price > MAX_PRICE) {
            throw new InvalidRecordException(
                    "field '"
                            + field
                            + "' must be a finite number above 0 and at most "
                            + (long) MAX_PRICE
                            + ", got "
                            + price);
        }
        return price;
    }

    private static long size(JsonFields fields, String field) {
        long size = fields.requireLong(field);
        if (size <= 0 || size > MAX_SIZE) {
            throw new InvalidRecordException(
                    "field '"
                            + field
                            + "' must be a whole number from 1 to "
                            + MAX_SIZE
                            + ", got "
                            + size);
        }
        return size;
    }
}
