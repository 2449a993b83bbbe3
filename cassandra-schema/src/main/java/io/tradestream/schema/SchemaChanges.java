package io.tradestream.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;

/**
 * Runs schema-changing statements one at a time and returns only once every node has the new
 * schema, so that the next statement (or the application) never sees a node behind.
 */
final class SchemaChanges {

    /** Creating a table can take seconds on a busy node; the driver's default is 2 s. */
    static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(60);

    /** The driver already waits for agreement (10 s by default); this is the extra patience. */
    static final Duration AGREEMENT_TIMEOUT = Duration.ofSeconds(60);

    private static final Duration AGREEMENT_POLL = Duration.ofMillis(500);

    private final CqlSession session;

    SchemaChanges(CqlSession session) {
        this.session = session;
    }

    /**
     * Executes {@code cql} with {@code keyspace} as the keyspace of unqualified names (native
     * protocol v5, Cassandra 4.0 or newer), or none if {@code keyspace} is null.
     */
    void execute(String cql, String keyspace) {
        SimpleStatement statement =
                SimpleStatement.newInstance(cql).setTimeout(STATEMENT_TIMEOUT).setIdempotent(false);
        if (keyspace != null) {
            statement = statement.setKeyspace(CqlIdentifier.fromCql(keyspace));
        }
        ResultSet result = session.execute(statement);
        if (!result.getExecutionInfo().isSchemaInAgreement()) {
            awaitAgreement();
        }
    }

    private void awaitAgreement() {
        long deadline = System.nanoTime() + AGREEMENT_TIMEOUT.toNanos();
        while (!session.checkSchemaAgreement()) {
            if (System.nanoTime() > deadline) {
                throw new SchemaMigrationException(
                        "the nodes did not agree on the schema within "
                                + AGREEMENT_TIMEOUT.toSeconds()
                                + " s: check that every node is up (nodetool describecluster)"
                                + " and rerun");
            }
            try {
                Thread.sleep(AGREEMENT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaMigrationException("interrupted waiting for schema agreement", e);
            }
        }
    }
}
