package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line without a cluster; applying migrations is tested in e2e-tests. */
class SchemaMigratorMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SchemaMigratorMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: schema-migrator [options]")
                .contains("--replication DC:N[,DC:N]");
    }

    @Test
    void aBadCommandLineExitsWithTwoAndSaysWhy() {
        assertThat(run("--replication-factor", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "error: --replication-factor: expected a whole number, got 'x'"
                                + System.lineSeparator()
                                + "Run with --help for the options."
                                + System.lineSeparator());
        assertThat(out.size()).isZero();
    }
}
