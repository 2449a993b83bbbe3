package io.tradestream.schema;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code schema_migrations} table of one keyspace: one row per applied migration.
 *
 * <p>Reads and writes use QUORUM so that a run from any node sees what an earlier run recorded.
 */
final class MigrationHistory {

    static final String TABLE = "schema_migrations";

    private final CqlSession session;
    private final String keyspace;

    MigrationHistory(CqlSession session, String keyspace) {
        this.session = session;
        this.keyspace = KeyspaceName.validate(keyspace);
    }

    static String createTableCql(String keyspace) {
        return "CREATE TABLE IF NOT EXISTS "
                + keyspace
                + "."
                + TABLE
                + " (\n"
                + "  version int PRIMARY KEY,\n"
                + "  description text,\n"
                + "  checksum text,\n"
                + "  applied_at timestamp,\n"
                + "  applied_by text,\n"
                + "  execution_ms bigint\n"
                + ") WITH comment = 'Migrations applied by io.tradestream.schema.SchemaMigrator'";
    }

    void createTableIfAbsent(SchemaChanges changes) {
        if (!exists()) {
            changes.execute(createTableCql(keyspace), null);
        }
    }

    boolean exists() {
        return session.execute(
                                SimpleStatement.newInstance(
                                        "SELECT table_name FROM system_schema.tables"
                                                + " WHERE keyspace_name = ? AND table_name = ?",
                                        keyspace,
                                        TABLE))
                        .one()
                != null;
    }

    /** The recorded migrations; none if the table does not exist yet. */
    List<AppliedMigration> load() {
        if (!exists()) {
            return List.of();
        }
        List<AppliedMigration> applied = new ArrayList<>();
        for (Row row : session.execute(quorum("SELECT * FROM " + keyspace + "." + TABLE))) {
            applied.add(toApplied(row));
        }
        return applied;
    }

    /**
     * Records an applied migration unless a row for its version exists already (another run got
     * there first).
     *
     * @return the row that was there before, or empty if this one was written
     */
    Optional<AppliedMigration> record(AppliedMigration migration) {
        ResultSet result =
                session.execute(
                        quorum(
                                "INSERT INTO "
                                        + keyspace
                                        + "."
                                        + TABLE
                                        + " (version, description, checksum, applied_at,"
                                        + " applied_by, execution_ms)"
                                        + " VALUES (?, ?, ?, ?, ?, ?) IF NOT EXISTS",
                                migration.version(),
                                migration.description(),
                                migration.checksum(),
                                migration.appliedAt(),
                                migration.appliedBy(),
                                migration.executionMillis()));
        if (result.wasApplied()) {
            return Optional.empty();
        }
        // A conditional write that was not applied returns the existing row.
        return Optional.of(toApplied(result.one()));
    }

    private static SimpleStatement quorum(String cql, Object... values) {
        return SimpleStatement.newInstance(cql, values)
                .setConsistencyLevel(ConsistencyLevel.QUORUM)
                .setSerialConsistencyLevel(ConsistencyLevel.SERIAL);
    }

    private static AppliedMigration toApplied(Row row) {
        return new AppliedMigration(
                row.getInt("version"),
                row.getString("description"),
                row.getString("checksum"),
                row.getInstant("applied_at"),
                row.getString("applied_by"),
                row.getLong("execution_ms"));
    }
}
