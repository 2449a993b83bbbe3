package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.tradestream.dashboard.rules.WatchedSymbols;
import io.tradestream.job.io.CassandraRows;
import io.tradestream.schema.AppliedMigration;
import io.tradestream.schema.Replication;
import io.tradestream.schema.SchemaMigrator;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrator against the real Cassandra server: each migration once, recorded; and what the
 * migrated tables do with the rows the job writes.
 */
@ExtendWith(LocalStackExtension.class)
class SchemaMigrationIT {
    /** A keyspace the rows tests share, since migrating one takes about 20 s. */
    private static final String ROWS = "schema_rows_it";

    @BeforeAll
    static void migrateTheRowsKeyspace(LocalStack stack) {
        try (CqlSession session = StackClients.cql(stack)) {
            new SchemaMigrator(session).migrate(ROWS, Replication.simple(1));
        }
    }

    @Test
    void appliesEachMigrationOnceAndRecordsIt(LocalStack stack) {
        try (CqlSession session = StackClients.cql(stack)) {
            SchemaMigrator migrator = new SchemaMigrator(session);

            List<AppliedMigration> first = migrator.migrate("schema_it", Replication.simple(1));
            List<AppliedMigration> second = migrator.migrate("schema_it", Replication.simple(1));

            assertThat(first).extracting(AppliedMigration::version).containsExactly(1, 2, 3, 4, 5);
            assertThat(second).isEmpty();
            assertThat(migrator.status("schema_it").isUpToDate()).isTrue();
            assertThat(
                            session.execute(
                                            "SELECT table_name FROM system_schema.tables WHERE"
                                                    + " keyspace_name = 'schema_it'")
                                    .all())
                    .extracting(row -> row.getString("table_name"))
                    .containsExactlyInAnyOrder(
                            "alerts_by_user",
                            "bars_by_symbol",
                            "sentiment_by_symbol",
                            "rules_by_user",
                            "user_directory",
                            "positions_by_symbol",
                            "positions_by_user",
                            "fills_by_user",
                            "pnl_history_by_user",
                            "dashboard_users",
                            "dashboard_sessions",
                            "schema_migrations");
            assertThat(
                            session.execute(
                                            "SELECT version, description FROM"
                                                    + " schema_it.schema_migrations")
                                    .all())
                    .extracting(row -> row.getInt("version") + " " + row.getString("description"))
                    .containsExactlyInAnyOrder(
                            "1 market data and alerts",
                            "2 order flow indicators and sentiment",
                            "3 rules positions and pnl",
                            "4 dashboard accounts",
                            "5 frozen rule symbols");
            assertThat(
                            session.execute(
                                            "SELECT column_name FROM system_schema.columns WHERE"
                                                    + " keyspace_name = 'schema_it' AND table_name"
                                                    + " = 'bars_by_symbol'")
                                    .all())
                    .extracting(row -> row.getString("column_name"))
                    .contains("buy_volume", "sell_volume", "sma", "rsi", "relative_volume");
        }
    }

    /**
     * A replay writes a rule list or directory row again with the same write timestamp; its symbols
     * must come out once, as a non-frozen list would not.
     */
    @Test
    void ruleRowsWrittenTwiceWithOneTimestampKeepTheirSymbolsOnce(LocalStack stack) {
        try (CqlSession session = StackClients.cql(stack)) {
            PreparedStatement rule =
                    session.prepare(String.format(CassandraRows.USER_RULE_INSERT, ROWS));
            PreparedStatement directory =
                    session.prepare(String.format(CassandraRows.USER_DIRECTORY_INSERT, ROWS));
            Instant updatedAt = Instant.parse("2026-11-23T14:30:00Z");
            for (int write = 0; write < 2; write++) {
                session.execute(
                        rule.bind(
                                "ann",
                                "ann-dip",
                                "alert",
                                "active",
                                1L,
                                "{}",
                                List.of("NVDA", "AMD"),
                                null,
                                updatedAt,
                                7L));
                session.execute(directory.bind("ann", List.of("NVDA", "AMD"), 1, 0, updatedAt, 7L));
            }

            assertThat(symbolsOf(session, "rules_by_user", "ann"))
                    .containsExactly(List.of("NVDA", "AMD"));
            assertThat(symbolsOf(session, "user_directory", "ann"))
                    .containsExactly(List.of("NVDA", "AMD"));
        }
    }

    /** Rows written before V005 have their symbols only in the old non-frozen column. */
    @Test
    void rowsWrittenBeforeTheFrozenSymbolsAreReadFromTheOldColumn(LocalStack stack) {
        try (CqlSession session = StackClients.cql(stack)) {
            session.execute(
                    "INSERT INTO "
                            + ROWS
                            + ".rules_by_user (user_id, rule_id, symbols) VALUES"
                            + " ('bob', 'bob-old', ['MSFT'])");
            session.execute(
                    "INSERT INTO "
                            + ROWS
                            + ".rules_by_user (user_id, rule_id, symbols,"
                            + " watched_symbols) VALUES ('bob', 'bob-new', ['MSFT'], ['AMD'])");
            session.execute(
                    "INSERT INTO "
                            + ROWS
                            + ".rules_by_user (user_id, rule_id) VALUES ('bob',"
                            + " 'bob-refused')");

            assertThat(symbolsOf(session, "rules_by_user", "bob"))
                    .containsExactly(List.of("AMD"), List.of("MSFT"), List.of());
        }
    }

    private static List<List<String>> symbolsOf(CqlSession session, String table, String user) {
        return session
                .execute("SELECT * FROM " + ROWS + "." + table + " WHERE user_id = ?", user)
                .all()
                .stream()
                .map(WatchedSymbols::of)
                .toList();
    }
}
