package io.tradestream.ingestion.taq;

import io.tradestream.model.MarketEvent;

/**
 * A trade or quote read from a TAQ file.
 *
 * @param epochNanos its time at the file's full precision, which orders events of different files
 *     (the event itself carries milliseconds, the precision of TradeStream's wire format)
 * @param event what is published
 */
record TaqEvent(long epochNanos, MarketEvent event) {}
