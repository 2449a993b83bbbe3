package io.tradestream.ingestion.taq;

/**
 * A TAQ input cannot be replayed at all: it cannot be found or read, or it is not in the TAQ
 * layout. The message names the input and what to do.
 */
class TaqFormatException extends Exception {

    TaqFormatException(String message) {
        super(message);
    }

    TaqFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
