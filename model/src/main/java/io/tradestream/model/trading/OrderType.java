package io.tradestream.model.trading;

/** How an order is priced; see {@link PaperBroker} for when each kind fills. */
public enum OrderType {
    MARKET,
    LIMIT,
    STOP,
    STOP_LIMIT,
    TRAILING_STOP
}
