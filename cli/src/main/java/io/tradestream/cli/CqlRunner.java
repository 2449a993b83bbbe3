package io.tradestream.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** {@code cql}: runs one statement and prints the rows as an aligned table. */
final class CqlRunner {
    private final InetSocketAddress contactPoint;
    private final String datacenter;

    CqlRunner(InetSocketAddress contactPoint, String datacenter) {
        this.contactPoint = contactPoint;
        this.datacenter = datacenter;
    }

    void run(String statement, PrintStream out) {
        try (CqlSession session =
                CqlSession.builder()
                        .addContactPoint(contactPoint)
                        .withLocalDatacenter(datacenter)
                        .build()) {
            ResultSet result = session.execute(statement);
            List<String> header = new ArrayList<>();
            for (ColumnDefinition column : result.getColumnDefinitions()) {
                header.add(column.getName().asCql(true));
            }
            List<List<String>> rows = new ArrayList<>();
            for (Row row : result) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    Object value = row.getObject(i);
                    cells.add(value == null ? "null" : value.toString());
                }
                rows.add(cells);
            }
            print(header, rows, out);
        }
    }

    private static void print(List<String> header, List<List<String>> rows, PrintStream out) {
        if (header.isEmpty()) {
            out.println("OK");
            return;
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(width));
        }
        out.println(rule);
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
        out.println("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")");
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            text.append(i == 0 ? "" : " | ");
            text.append(String.format("%-" + widths[i] + "s", cells.get(i)));
        }
        return text.toString().stripTrailing();
    }
}
