package io.tradestream.ingestion.taq;

/**
 * A data line of a TAQ file is malformed; the message says what is wrong with it. Thrown and caught
 * within the parsing of one line, so it carries no stack trace.
 */
final class LineRejectedException extends RuntimeException {

    LineRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
