package io.tradestream.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a keyspace up to date with the numbered CQL migrations: creates the keyspace if absent,
 * then applies, in version order, each migration its {@code schema_migrations} table does not
 * record yet.
 *
 * <p>Each migration's statements run one by one, each followed by a wait for schema agreement, and
 * the migration is recorded only after its last statement succeeded. Cassandra has no transactional
 * DDL: if a statement fails, the ones before it stay applied and the whole migration runs again
 * next time. That is why migrations use {@code IF NOT EXISTS} and similar idempotent forms.
 *
 * <p>Needs native protocol v5 (Cassandra 4.0 or newer): the scripts do not name the keyspace, and
 * each statement carries it instead. The session needs no keyspace of its own.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final CqlSession session;
    private final List<Migration> migrations;
    private final String appliedBy;
    private final SchemaChanges changes;

    /** A migrator for the project's migrations, found on the classpath. */
    public SchemaMigrator(CqlSession session) {
        this(session, MigrationLoader.fromClasspath(), defaultAppliedBy());
    }

    /**
     * @param session a session with rights to create keyspaces and tables
     * @param migrations the migrations to apply, e.g. from {@link MigrationLoader}
     * @param appliedBy recorded with each applied migration
     */
    public SchemaMigrator(CqlSession session, List<Migration> migrations, String appliedBy) {
        this.session = session;
        this.migrations = List.copyOf(migrations);
        this.appliedBy = appliedBy;
        this.changes = new SchemaChanges(session);
    }

    /** The known migrations, in version order. */
    public List<Migration> migrations() {
        return migrations;
    }

    /**
     * Creates {@code keyspace} with {@code replication} if it does not exist, then applies every
     * pending migration. An existing keyspace keeps its replication (changing it needs a repair, an
     * operator's decision); a different one is logged as a warning.
     *
     * @return the migrations applied by this call, in order; empty if the schema was up to date
     * @throws IllegalArgumentException if the keyspace name is not valid
     * @throws SchemaMigrationException if an applied migration was changed or is unknown, or a
     *     statement failed (the message names the migration and the statement)
     */
    public List<AppliedMigration> migrate(String keyspace, Replication replication) {
        KeyspaceName.validate(keyspace);
        createKeyspaceIfAbsent(keyspace, replication);
        MigrationHistory history = new MigrationHistory(session, keyspace);
        history.createTableIfAbsent(changes);

        MigrationStatus status = MigrationStatus.compare(keyspace, migrations, history.load());
        if (!status.problems().isEmpty()) {
            throw new SchemaMigrationException(String.join("\n", status.problems()));
        }
        List<AppliedMigration> applied = new ArrayList<>();
        for (Migration migration : status.pending()) {
            applyOne(keyspace, migration, history).ifPresent(applied::add);
        }
        return applied;
    }

    /**
     * Where {@code keyspace} stands, without changing anything. A missing keyspace has every
     * migration pending.
     */
    public MigrationStatus status(String keyspace) {
        KeyspaceName.validate(keyspace);
        return MigrationStatus.compare(
                keyspace, migrations, new MigrationHistory(session, keyspace).load());
    }

    static String createKeyspaceCql(String keyspace, Replication replication) {
        return "CREATE KEYSPACE IF NOT EXISTS "
                + KeyspaceName.validate(keyspace)
                + " WITH replication = "
                + replication.toCql();
    }

    private void createKeyspaceIfAbsent(String keyspace, Replication replication) {
        Row existing =
                session.execute(
                                SimpleStatement.newInstance(
                                        "SELECT replication FROM system_schema.keyspaces"
                                                + " WHERE keyspace_name = ?",
                                        keyspace))
                        .one();
        if (existing == null) {
            changes.execute(createKeyspaceCql(keyspace, replication), null);
            LOG.info("Created keyspace {} with replication {}", keyspace, replication.toCql());
            return;
        }
        Map<String, String> current = existing.getMap("replication", String.class, String.class);
        if (!replication.matches(current)) {
            LOG.warn(
                    "Keyspace {} exists with replication {}, not the requested {}; leaving it as"
                            + " is",
                    keyspace,
                    current,
                    replication.toCql());
        }
    }

    /**
     * @return the record of the migration, or empty if a concurrent run applied it first
     */
    private Optional<AppliedMigration> applyOne(
            String keyspace, Migration migration, MigrationHistory history) {
        long start = System.nanoTime();
        List<CqlStatement> statements = migration.statements();
        for (int i = 0; i < statements.size(); i++) {
            CqlStatement statement = statements.get(i);
            try {
                changes.execute(statement.cql(), keyspace);
            } catch (DriverException | SchemaMigrationException e) {
                throw new SchemaMigrationException(
                        String.format(
                                "%s (%s) failed at statement %d of %d (line %d): %s%nThe"
                                        + " statements before it stay applied; %s is not"
                                        + " recorded and runs again, from its first statement,"
                                        + " on the next run.",
                                migration.label(),
                                migration.source(),
                                i + 1,
                                statements.size(),
                                statement.line(),
                                e.getMessage(),
                                migration.label()),
                        e);
            }
        }
        AppliedMigration record =
                new AppliedMigration(
                        migration.version(),
                        migration.description(),
                        migration.checksum(),
                        Instant.now(),
                        appliedBy,
                        (System.nanoTime() - start) / 1_000_000);
        Optional<AppliedMigration> earlier = history.record(record);
        if (earlier.isEmpty()) {
            LOG.info("Applied {} ({}) to {}", migration.label(), migration.source(), keyspace);
            return Optional.of(record);
        }
        if (!earlier.get().checksum().equals(migration.checksum())) {
            throw new SchemaMigrationException(
                    migration.label()
                            + " was recorded meanwhile by "
                            + earlier.get().appliedBy()
                            + " with a different checksum: two versions of the migrations ran"
                            + " at once against keyspace "
                            + keyspace);
        }
        LOG.info("{} was applied meanwhile by {}", migration.label(), earlier.get().appliedBy());
        return Optional.empty();
    }

    /** {@code user@host} of this process. */
    public static String defaultAppliedBy() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "unknown") + "@" + host;
    }
}
