package io.tradestream.model.rules;

/**
 * A user's entry in {@code user_directory}: the symbols their active and paused rules watch, and
 * how many rules they hold.
 *
 * @param symbols sorted, without repeats
 * @param writeTime the row's Cassandra write timestamp ({@link io.tradestream.model.WriteTime})
 */
public record UserDirectoryEntry(
        String owner,
        String[] symbols,
        int activeRules,
        int pausedRules,
        long updatedAt,
        long writeTime) {}
