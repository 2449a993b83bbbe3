package io.tradestream.ingestion.taq;

import java.io.InputStream;

/**
 * The bytes of a TAQ file as they come from their store, compressed or not.
 *
 * @param size the number of bytes, or -1 if unknown
 */
record OpenedInput(InputStream stream, long size) {}
