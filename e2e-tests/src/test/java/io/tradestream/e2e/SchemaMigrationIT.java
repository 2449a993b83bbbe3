package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.tradestream.schema.AppliedMigration;
import io.tradestream.schema.Replication;
import io.tradestream.schema.SchemaMigrator;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The migrator against the real Cassandra server: each migration once, recorded. */
@ExtendWith(LocalStackExtension.class)
class SchemaMigrationIT {

    @Test
    void appliesEachMigrationOnceAndRecordsIt(LocalStack stack) {
        try (CqlSession session = StackClients.cql(stack)) {
            SchemaMigrator migrator = new SchemaMigrator(session);

            List<AppliedMigration> first = migrator.migrate("schema_it", Replication.simple(1));
            List<AppliedMigration> second = migrator.migrate("schema_it", Replication.simple(1));

            assertThat(first).extracting(AppliedMigration::version).containsExactly(1, 2, 3, 4);
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
                            "4 dashboard accounts");
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
}
