package io.tradestream.stack;

/** Every server of the local stack binds this address only. */
final class Loopback {
    static final String ADDRESS = "127.0.0.1";

    private Loopback() {}
}
