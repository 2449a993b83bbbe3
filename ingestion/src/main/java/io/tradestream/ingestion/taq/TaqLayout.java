package io.tradestream.ingestion.taq;

import java.time.ZoneId;
import java.util.List;

/**
 * The NYSE Daily TAQ file layout, as far as TradeStream reads and writes it: pipe-delimited lines,
 * a header row naming the columns, one record a line, and a trailer line {@code
 * END|YYYYMMDD|count}. Times are local times of the exchange's time zone on the file's trading
 * date.
 */
final class TaqLayout {

    static final char DELIMITER = '|';

    /** The first field of the trailer line. */
    static final String TRAILER_PREFIX = "END|";

    /** Daily TAQ times are New York times; the file carries no zone. */
    static final ZoneId EXCHANGE_ZONE = ZoneId.of("America/New_York");

    /** Quote sizes in Daily TAQ are round lots of this many shares. */
    static final long ROUND_LOT = 100;

    /** The columns of a Daily TAQ trade file (EQY_US_ALL_TRADE_YYYYMMDD), in file order. */
    static final List<String> TRADE_COLUMNS =
            List.of(
                    "Time",
                    "Exchange",
                    "Symbol",
                    "Sale Condition",
                    "Trade Volume",
                    "Trade Price",
                    "Trade Stop Stock Indicator",
                    "Trade Correction Indicator",
                    "Sequence Number",
                    "Trade Id",
                    "Source of Trade",
                    "Trade Reporting Facility",
                    "Participant Timestamp",
                    "Trade Reporting Facility TRF Timestamp",
                    "Trade Through Exempt Indicator");

    /** The columns of a Daily TAQ quote file (EQY_US_ALL_BBO_YYYYMMDD), in file order. */
    static final List<String> QUOTE_COLUMNS =
            List.of(
                    "Time",
                    "Exchange",
                    "Symbol",
                    "Bid_Price",
                    "Bid_Size",
                    "Offer_Price",
                    "Offer_Size",
                    "Quote_Condition",
                    "Sequence_Number",
                    "National_BBO_Ind",
                    "FINRA_BBO_Indicator",
                    "FINRA_ADF_MPID_Indicator",
                    "Quote_Cancel_Correction",
                    "Source_Of_Quote",
                    "Retail_Interest_Indicator",
                    "Short_Sale_Restriction_Indicator",
                    "LULD_BBO_Indicator",
                    "SIP_Generated_Message_Identifier",
                    "National_BBO_LULD_Indicator",
                    "Participant_Timestamp",
                    "FINRA_ADF_Timestamp",
                    "FINRA_ADF_Market_Participant_Quote_Indicator",
                    "Security_Status_Indicator");

    private TaqLayout() {}

    /**
     * A column name as headers are matched: lower case, without spaces and underscores, so that
     * {@code Trade Volume}, {@code Trade_Volume} and {@code TRADEVOLUME} are the same column.
     */
    static String columnKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.strip().toCharArray()) {
            if (c != ' ' && c != '_') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /**
     * TradeStream's ticker for a TAQ symbol: TAQ writes a share class after a space ({@code BRK
     * B}), TradeStream after a dot ({@code BRK.B}).
     */
    static String toTicker(String taqSymbol) {
        return taqSymbol.strip().replace(' ', '.');
    }

    /** The TAQ symbol of a TradeStream ticker. */
    static String toTaqSymbol(String ticker) {
        return ticker.replace('.', ' ');
    }
}
