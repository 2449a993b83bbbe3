package io.tradestream.ingestion.taq;

/**
 * A TAQ input cannot be replayed at all: it cannot be found or read, or it is not in the TAQ
 * layout. The message names the input and what to do.
 */
public class TaqFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    TaqFormatException(String message) {
        super(message);
    }

    TaqFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
