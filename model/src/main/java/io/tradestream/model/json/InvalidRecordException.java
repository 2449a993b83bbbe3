package io.tradestream.model.json;

/** A record that breaks the wire format; the message says what to fix. */
final class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidRecordException(String reason) {
        super(reason, null, false, false);
    }
}
