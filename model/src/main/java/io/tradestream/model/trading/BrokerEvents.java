package io.tradestream.model.trading;

/** Receives what {@link PaperBroker} produces, as it produces it. */
public interface BrokerEvents {
    void fill(Fill fill);

    void notice(OrderNotice notice);
}
