package io.tradestream.ingestion.taq;

import java.util.List;

/** What a TAQ file holds, and the columns the replay needs from it. */
enum TaqKind {
    TRADES("trade", List.of("Time", "Symbol", "Trade Volume", "Trade Price")),
    QUOTES(
            "quote",
            List.of("Time", "Symbol", "Bid_Price", "Bid_Size", "Offer_Price", "Offer_Size"));

    private final String noun;
    private final List<String> requiredColumns;

    TaqKind(String noun, List<String> requiredColumns) {
        this.noun = noun;
        this.requiredColumns = requiredColumns;
    }

    /** "trade" or "quote", for messages. */
    String noun() {
        return noun;
    }

    /** The columns a header must have, as the Daily TAQ specification spells them. */
    List<String> requiredColumns() {
        return requiredColumns;
    }
}
