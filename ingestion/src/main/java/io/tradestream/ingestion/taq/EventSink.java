package io.tradestream.ingestion.taq;

import io.tradestream.model.MarketEvent;

/** Where replayed events go: Kafka in a replay, a list in tests. */
interface EventSink extends AutoCloseable {

    /** Sends one event; may return before it is delivered. */
    void send(MarketEvent event);

    /** Returns once every event sent so far is delivered; throws if one could not be. */
    void flush();

    @Override
    void close();
}
