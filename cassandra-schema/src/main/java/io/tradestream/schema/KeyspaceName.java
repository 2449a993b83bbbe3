package io.tradestream.schema;

import java.util.regex.Pattern;

/** Checks the keyspace names the migrator accepts. */
public final class KeyspaceName {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_]{0,47}");

    private KeyspaceName() {}

    /**
     * Accepts an unquoted lower-case CQL identifier of at most 48 characters that is not one of
     * Cassandra's own {@code system*} keyspaces. The name can then be written into CQL as is.
     *
     * @return {@code name}
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String validate(String name) {
        if (name == null || !FORMAT.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "bad keyspace name '"
                            + name
                            + "': use 1-48 lower-case letters, digits or '_', starting with a"
                            + " letter");
        }
        if (name.startsWith("system")) {
            throw new IllegalArgumentException(
                    "keyspace '" + name + "' is reserved for Cassandra itself");
        }
        return name;
    }
}
