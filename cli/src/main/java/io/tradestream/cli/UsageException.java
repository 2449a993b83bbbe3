package io.tradestream.cli;

/** A command line that cannot be carried out as written; the message says why. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
