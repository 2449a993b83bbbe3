package io.tradestream.schema;

/** The schema could not be brought up to date; the message says why and what to do. */
public class SchemaMigrationException extends RuntimeException {

    public SchemaMigrationException(String message) {
        super(message);
    }

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
