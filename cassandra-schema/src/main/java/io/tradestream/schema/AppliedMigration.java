package io.tradestream.schema;

import java.time.Instant;

/**
 * A migration as recorded in the keyspace's {@code schema_migrations} table.
 *
 * @param version the migration's version
 * @param description its description
 * @param checksum {@link ScriptChecksum} of the script that was applied
 * @param appliedAt when its last statement succeeded
 * @param appliedBy who applied it ({@code user@host} by default)
 * @param executionMillis how long its statements took
 */
public record AppliedMigration(
        int version,
        String description,
        String checksum,
        Instant appliedAt,
        String appliedBy,
        long executionMillis) {

    /** {@code V001} style label used in messages. */
    public String label() {
        return Migration.label(version);
    }
}
