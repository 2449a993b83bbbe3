package io.tradestream.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketEventParserTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final long TS = Instant.parse("2026-11-23T14:30:00.123Z").toEpochMilli();

    private final MarketEventParser parser =
            new MarketEventParser(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsAValidTrade() {
        ParseResult<Trade> result =
                parser.parseTrade(
                        bytes(
                                "{\"symbol\":\"AAPL\",\"ts\":"
                                        + TS
                                        + ",\"price\":189.52,\"size\":100}"));

        assertThat(result.value()).isEqualTo(new Trade("AAPL", TS, 189.52, 100));
    }

    @Test
    void readsAValidQuoteIncludingALockedMarket() {
        ParseResult<Quote> result =
                parser.parseQuote(
                        bytes(
                                "{\"symbol\":\"BRK.B\",\"ts\":"
                                        + TS
                                        + ",\"bid\":410.5,\"bid_size\":300,\"ask\":410.5,"
                                        + "\"ask_size\":200}"));

        assertThat(result.value()).isEqualTo(new Quote("BRK.B", TS, 410.5, 300, 410.5, 200));
    }

    @Test
    void writerAndParserAgree() {
        Trade trade = new Trade("MSFT", TS, 412.01, 7);
        Quote quote = new Quote("MSFT", TS, 412.0, 100, 412.02, 300);

        assertThat(parser.parseTrade(bytes(MarketJson.toJson(trade))).value()).isEqualTo(trade);
        assertThat(parser.parseQuote(bytes(MarketJson.toJson(quote))).value()).isEqualTo(quote);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "truncated JSON|{\"symbol\":\"AAPL\",\"ts\":1|invalid trade: not valid JSON:",
                "not an object|[1,2]|invalid trade: expected a JSON object, got array [1,2]",
                "missing price|{\"symbol\":\"AAPL\",\"ts\":TS,\"size\":1}"
                        + "|invalid trade: missing required field 'price'",
                "price as string|{\"symbol\":\"AAPL\",\"ts\":TS,\"price\":\"10\",\"size\":1}"
                        + "|invalid trade: field 'price' must be a number, got string \"10\"",
                "NaN literal|{\"symbol\":\"AAPL\",\"ts\":TS,\"price\":NaN,\"size\":1}"
                        + "|invalid trade: not valid JSON:",
                "negative price|{\"symbol\":\"AAPL\",\"ts\":TS,\"price\":-1.5,\"size\":1}"
                        + "|invalid trade: field 'price' must be a finite number above 0 and at"
                        + " most 10000000, got -1.5",
                "infinite price|{\"symbol\":\"AAPL\",\"ts\":TS,\"price\":1e400,\"size\":1}"
                        + "|invalid trade: field 'price' must be a finite number above 0 and at"
                        + " most 10000000, got Infinity",
                "fractional size|{\"symbol\":\"AAPL\",\"ts\":TS,\"price\":1,\"size\":1.5}"
                        + "|invalid trade: field 'size' must be a whole number, got number 1.5",
                "zero size|{\"symbol\":\"AAPL\",\"ts\":TS,\"price\":1,\"size\":0}"
                        + "|invalid trade: field 'size' must be a whole number from 1 to"
                        + " 1000000000, got 0",
                "lower-case symbol|{\"symbol\":\"aapl\",\"ts\":TS,\"price\":1,\"size\":1}"
                        + "|invalid trade: field 'symbol' must be 1-10 upper-case letters or"
                        + " digits starting with a letter, optionally followed by a class suffix"
                        + " such as .B, got 'aapl'",
                "unknown field|{\"symbol\":\"AAPL\",\"ts\":TS,\"price\":1,\"size\":1,\"venue\":1}"
                        + "|invalid trade: unknown field(s) [venue]; allowed fields are [price,"
                        + " size, symbol, ts]",
                "seconds not millis|{\"symbol\":\"AAPL\",\"ts\":1763908200,\"price\":1,\"size\":1}"
                        + "|invalid trade: field 'ts' must be epoch milliseconds between"
                        + " 1990-01-01T00:00:00Z and one day from now, got 1763908200"
                        + " (1970-01-21T09:58:28.200Z)",
                "far future|{\"symbol\":\"AAPL\",\"ts\":1900000000000,\"price\":1,\"size\":1}"
                        + "|invalid trade: field 'ts' must be epoch milliseconds between"
                        + " 1990-01-01T00:00:00Z and one day from now, got 1900000000000"
                        + " (2030-03-17T17:46:40Z)",
            })
    void refusesAMalformedTradeWithAReason(String name, String json, String reasonStart) {
        ParseResult<Trade> result = parser.parseTrade(bytes(json.replace("TS", "" + TS)));

        assertThat(result.isOk()).isFalse();
        assertThat(result.error()).startsWith(reasonStart);
    }

    @Test
    void refusesACrossedQuote() {
        ParseResult<Quote> result =
                parser.parseQuote(
                        bytes(
                                "{\"symbol\":\"AAPL\",\"ts\":"
                                        + TS
                                        + ",\"bid\":10.02,\"bid_size\":1,\"ask\":10.01,"
                                        + "\"ask_size\":1}"));

        assertThat(result.error())
                .isEqualTo("invalid quote: crossed quote: ask 10.01 is below bid 10.02");
    }

    @Test
    void refusesEmptyAndHugeRecordsWithShortReasons() {
        String huge = "{\"symbol\":\"" + "A".repeat(1_000_000) + "\",\"ts\":" + TS + "}";

        assertThat(parser.parseTrade(new byte[0]).error())
                .isEqualTo("invalid trade: empty record: expected a JSON object");
        assertThat(parser.parseTrade(bytes(huge)).error())
                .isEqualTo(
                        "invalid trade: field 'symbol' must be 1-10 upper-case letters or digits"
                                + " starting with a letter, optionally followed by a class suffix"
                                + " such as .B, got '"
                                + "A".repeat(40)
                                + "... (1000000 characters)'");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
