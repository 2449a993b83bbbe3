package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.tradestream.stack.LocalStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of the job wrote: each Cassandra table of its keyspace and each of its output topics
 * read committed, rows and records sorted, so that two runs over the same data compare equal.
 */
final class JobOutputs {
    private static final List<String> OUTPUT_TOPICS =
            List.of("alerts", "dead-letters", "rule-rejections");

    private JobOutputs() {}

    /** The outputs by table or topic role (e.g. {@code alerts}). */
    static Map<String, List<String>> of(LocalStack stack, TradeStreamJobRun run) {
        Map<String, List<String>> outputs = new TreeMap<>();
        try (CqlSession cql = StackClients.cql(stack)) {
            List<String> tables = new ArrayList<>();
            for (Row row :
                    cql.execute(
                            "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?",
                            run.keyspace())) {
                tables.add(row.getString("table_name"));
            }
            tables.remove("schema_migrations");
            // The write-ahead log's record of the checkpoints each sink has written.
            tables.removeIf(table -> table.startsWith("checkpoints_"));
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                for (Row row : cql.execute("SELECT * FROM " + run.keyspace() + "." + table)) {
                    rows.add(row.getFormattedContents());
                }
                outputs.put(table, sorted(rows));
            }
        }
        for (String topic : OUTPUT_TOPICS) {
            outputs.put(topic, sorted(StackClients.readAllCommitted(stack, run.topic(topic))));
        }
        return outputs;
    }

    /** Asserts that every table and topic holds exactly what {@code expected} does. */
    static void assertSame(
            String disturbance,
            Map<String, List<String>> actual,
            Map<String, List<String>> expected) {
        assertThat(actual.keySet()).as(disturbance).isEqualTo(expected.keySet());
        for (String output : expected.keySet()) {
            assertThat(actual.get(output))
                    .as(disturbance + ": " + output)
                    .containsExactlyElementsOf(expected.get(output));
        }
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
