package io.tradestream.model.join;

/** Who initiated a trade: a buyer lifting the offer, a seller hitting the bid, or not known. */
public enum TradeSide {
    BUY,
    SELL,
    UNKNOWN
}
