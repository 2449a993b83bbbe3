package io.tradestream.stack;

import java.util.Locale;

/** A server of the local stack. Each runs in JVMs of its own. */
public enum Component {
    KAFKA,
    CASSANDRA,
    FLINK;

    /** Lower-case name, as used for folders, log files and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The component whose {@link #id()} is {@code id}, ignoring case. */
    public static Component fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
