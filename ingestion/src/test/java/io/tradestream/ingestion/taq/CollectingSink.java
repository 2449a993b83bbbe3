package io.tradestream.ingestion.taq;

import io.tradestream.model.MarketEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a replay sends. */
class CollectingSink implements EventSink {

    final List<MarketEvent> events = new ArrayList<>();
    int flushes;
    boolean closed;

    @Override
    public void send(MarketEvent event) {
        events.add(event);
    }

    @Override
    public void flush() {
        flushes++;
    }

    @Override
    public void close() {
        closed = true;
    }
}
