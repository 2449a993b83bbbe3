package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaqLineParserTest {

    private static final String TRADE_HEADER = String.join("|", TaqLayout.TRADE_COLUMNS);
    private static final String QUOTE_HEADER = String.join("|", TaqLayout.QUOTE_COLUMNS);
    private static final TradingDay DAY = new TradingDay(LocalDate.of(2026, 11, 20));
    private static final long AT_0930_123 =
            Instant.parse("2026-11-20T14:30:00.123Z").toEpochMilli();
    private static final long NANOS_0930_123456789 =
            Instant.parse("2026-11-20T14:30:00Z").getEpochSecond() * 1_000_000_000L + 123_456_789;

    private static TaqLineParser parser(TaqKind kind, String header, Set<String> symbols)
            throws TaqFormatException {
        return new TaqLineParser(kind, TaqHeader.parse("test", header, kind), DAY, symbols);
    }

    private static ParsedLine trade(String header, String line) throws TaqFormatException {
        return parser(TaqKind.TRADES, header, Set.of()).parse(line);
    }

    private static ParsedLine quote(String line) throws TaqFormatException {
        return parser(TaqKind.QUOTES, QUOTE_HEADER, Set.of()).parse(line);
    }

    private static ParsedLine event(long epochNanos, Trade trade) {
        return new ParsedLine.Event(new TaqEvent(epochNanos, MarketEvent.of(trade)));
    }

    private static ParsedLine event(long epochNanos, Quote quote) {
        return new ParsedLine.Event(new TaqEvent(epochNanos, MarketEvent.of(quote)));
    }

    private static ParsedLine malformed(String reason) {
        return new ParsedLine.Malformed(reason);
    }

    @Test
    void aTradeLineOfTheDailyTaqLayout() throws Exception {
        assertThat(
                        trade(
                                TRADE_HEADER,
                                "093000123456789|N|AAPL|@ "
                                        + " I|37|189.5200||00|1123|52983525028625|C||"
                                        + "093000123201024||0"))
                .isEqualTo(event(NANOS_0930_123456789, new Trade("AAPL", AT_0930_123, 189.52, 37)));
    }

    @Test
    void aQuoteLineInRoundLotsWithAShareClass() throws Exception {
        assertThat(
                        quote(
                                "093000123456789|P|BRK B|412.1|3|412.15|12|R|2052|2||||C||||||"
                                        + "093000123000000|||"))
                .isEqualTo(
                        event(
                                NANOS_0930_123456789,
                                new Quote("BRK.B", AT_0930_123, 412.1, 300, 412.15, 1200)));
    }

    @Test
    void columnsAreFoundByNameWhateverTheirCaseSeparatorsOrOrder() throws Exception {
        Trade expected = new Trade("MSFT", AT_0930_123, 412.5, 200);
        long nanos = NANOS_0930_123456789 - 456_789;
        assertThat(
                        trade(
                                "TIME|EXCHANGE|SYMBOL|SALE_CONDITION|TRADE_VOLUME|TRADE_PRICE",
                                "093000123|Q|MSFT|@|200|412.5"))
                .isEqualTo(event(nanos, expected));
        assertThat(
                        trade(
                                "Trade Price|Participant Timestamp|symbol|time|TradeVolume",
                                "412.5|093000120000000|MSFT|093000123|200"))
                .isEqualTo(event(nanos, expected));
        assertThat(
                        trade(
                                TRADE_HEADER + "|Some Future Column|Another",
                                "093000123|Q|MSFT|@|200|412.5||00|1|1|C||093000123000000||0|x|y"))
                .isEqualTo(event(nanos, expected));
    }

    @Test
    void fieldsAreReadWithoutSurroundingSpaces() throws Exception {
        assertThat(trade(TRADE_HEADER, "093000123 |N| AAPL  |@| 37 | 189.52 "))
                .isEqualTo(
                        event(
                                NANOS_0930_123456789 - 456_789,
                                new Trade("AAPL", AT_0930_123, 189.52, 37)));
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefused() {
        assertThatThrownBy(
                        () ->
                                TaqHeader.parse(
                                        "EQY_US_ALL_BBO_20261120",
                                        "Time|Exchange|Symbol|Trade Volume|Trade Price",
                                        TaqKind.QUOTES))
                .isInstanceOf(TaqFormatException.class)
                .hasMessage(
                        "EQY_US_ALL_BBO_20261120: the first line is not the header of a TAQ quote"
                                + " file: it lacks the column(s) Bid_Price, Bid_Size, Offer_Price,"
                                + " Offer_Size (it reads"
                                + " 'Time|Exchange|Symbol|Trade Volume|Trade Price')");
        assertThatThrownBy(
                        () -> TaqHeader.parse("t", "093000123|N|AAPL|@|37|189.52", TaqKind.TRADES))
                .hasMessage(
                        "t: the first line is not the header of a TAQ trade file: it lacks the"
                                + " column(s) Time, Symbol, Trade Volume, Trade Price (it reads"
                                + " '093000123|N|AAPL|@|37|189.52')");
    }

    @Test
    void malformedTradeLinesSayWhatIsWrong() throws Exception {
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL"))
                .isEqualTo(
                        malformed("3 field(s), but the header has 15 and Trade Price is field 6"));
        assertThat(trade(TRADE_HEADER, "09300|N|AAPL|@|37|189.52"))
                .isEqualTo(
                        malformed(
                                "time must be HHMMSS followed by 0 to 9 digits of fractional"
                                        + " seconds, got '09300'"));
        assertThat(trade(TRADE_HEADER, "093000123|N|aapl|@|37|189.52"))
                .isEqualTo(
                        malformed(
                                "symbol 'aapl' is not a ticker TradeStream takes: 1-10 upper-case"
                                        + " letters or digits starting with a letter, optionally"
                                        + " followed by a class suffix such as .B"));
        assertThat(trade(TRADE_HEADER, "093000123|N||@|37|189.52"))
                .isEqualTo(
                        malformed(
                                "symbol '' is not a ticker TradeStream takes: 1-10 upper-case"
                                        + " letters or digits starting with a letter, optionally"
                                        + " followed by a class suffix such as .B"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|37|0"))
                .isEqualTo(malformed("Trade Price must be above 0, got 0"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|37|-1.5"))
                .isEqualTo(malformed("Trade Price must be from 0 to 10000000, got -1.5"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|37|1e3"))
                .isEqualTo(malformed("Trade Price must be a decimal number, got '1e3'"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|37|NaN"))
                .isEqualTo(malformed("Trade Price must be a decimal number, got 'NaN'"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|37|."))
                .isEqualTo(malformed("Trade Price must be a decimal number, got '.'"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|0|189.52"))
                .isEqualTo(malformed("Trade Volume must come to 1 to 1000000000 shares, got 0"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|-5|189.52"))
                .isEqualTo(malformed("Trade Volume must not be negative, got -5"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|1.5|189.52"))
                .isEqualTo(malformed("Trade Volume must be a whole number, got '1.5'"));
        assertThat(trade(TRADE_HEADER, "093000123|N|AAPL|@|99999999999999999999|189.52"))
                .isEqualTo(
                        malformed(
                                "Trade Volume must be a whole number, got"
                                        + " '99999999999999999999'"));
    }

    @Test
    void quotesWithoutABidOrAnOfferAreSkippedAndCrossedOnesAreMalformed() throws Exception {
        ParsedLine oneSided = new ParsedLine.Skipped(ParsedLine.SkipReason.ONE_SIDED_QUOTE);
        assertThat(quote("093000123|P|AAPL|0|0|189.55|2")).isEqualTo(oneSided);
        assertThat(quote("093000123|P|AAPL|189.5|3|0|0")).isEqualTo(oneSided);
        assertThat(quote("093000123|P|AAPL|189.5|0|189.55|2")).isEqualTo(oneSided);
        assertThat(quote("093000123|P|AAPL|189.56|3|189.55|2"))
                .isEqualTo(
                        malformed("crossed quote: Offer_Price 189.55 is below Bid_Price 189.56"));
        assertThat(quote("093000123|P|AAPL|189.5|10000001|189.55|2"))
                .isEqualTo(malformed("Bid_Size must be at most 10000000 round lots, got 10000001"));
        assertThat(quote("093000123|P|AAPL|x|3|189.55|2"))
                .isEqualTo(malformed("Bid_Price must be a decimal number, got 'x'"));
        // A locked quote (bid = offer) is a quote.
        assertThat(quote("093000123|P|AAPL|189.55|1|189.55|1"))
                .isEqualTo(
                        event(
                                NANOS_0930_123456789 - 456_789,
                                new Quote("AAPL", AT_0930_123, 189.55, 100, 189.55, 100)));
    }

    @Test
    void aSymbolFilterSkipsOtherSymbolsBeforeLookingAtTheirFields() throws Exception {
        TaqLineParser parser = parser(TaqKind.TRADES, TRADE_HEADER, Set.of("AAPL", "BRK.B"));
        ParsedLine other = new ParsedLine.Skipped(ParsedLine.SkipReason.OTHER_SYMBOL);
        assertThat(parser.parse("093000123|N|MSFT|@|0|bad")).isEqualTo(other);
        assertThat(parser.parse("093000123|N|BRK B|@|10|500.25"))
                .isEqualTo(
                        event(
                                NANOS_0930_123456789 - 456_789,
                                new Trade("BRK.B", AT_0930_123, 500.25, 10)));
        assertThat(parser.parse("093000123|N|AAPL|@|0|189.52"))
                .isEqualTo(malformed("Trade Volume must come to 1 to 1000000000 shares, got 0"));
    }
}
