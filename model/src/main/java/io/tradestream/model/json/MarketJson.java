package io.tradestream.model.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;

/**
 * The wire format of the {@code trades} and {@code quotes} topics.
 *
 * <p>A trade is {@code {"symbol":"AAPL","ts":1763904600123,"price":189.52,"size":100}}; a quote is
 * {@code {"symbol":"AAPL","ts":1763904600123,"bid":189.5,"bid_size":300,"ask":189.54,
 * "ask_size":200}}. {@code ts} is event time in epoch milliseconds. {@link MarketEventParser} reads
 * exactly these fields and rejects anything else.
 */
public final class MarketJson {
    public static final String SYMBOL = "symbol";
    public static final String TIMESTAMP = "ts";
    public static final String PRICE = "price";
    public static final String SIZE = "size";
    public static final String BID = "bid";
    public static final String BID_SIZE = "bid_size";
    public static final String ASK = "ask";
    public static final String ASK_SIZE = "ask_size";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MarketJson() {}

    public static String toJson(Trade trade) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(SYMBOL, trade.symbol());
        node.put(TIMESTAMP, trade.timestamp());
        node.put(PRICE, trade.price());
        node.put(SIZE, trade.size());
        return node.toString();
    }

    public static String toJson(Quote quote) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(SYMBOL, quote.symbol());
        node.put(TIMESTAMP, quote.timestamp());
        node.put(BID, quote.bid());
        node.put(BID_SIZE, quote.bidSize());
        node.put(ASK, quote.ask());
        node.put(ASK_SIZE, quote.askSize());
        return node.toString();
    }
}
