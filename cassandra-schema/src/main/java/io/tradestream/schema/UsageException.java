package io.tradestream.schema;

/** The command line is wrong; the message says how. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
