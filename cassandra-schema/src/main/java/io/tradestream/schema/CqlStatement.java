package io.tradestream.schema;

/**
 * One statement of a migration script.
 *
 * @param line the 1-based line of the script where the statement starts (for error messages)
 * @param cql the statement without comments and without its terminating {@code ;}
 */
public record CqlStatement(int line, String cql) {}
