package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {

    @TempDir Path dir;

    @Test
    void ordersByNumericVersion() throws IOException {
        write("V10__ten.cql", "CREATE TABLE ten (k int PRIMARY KEY);");
        write("V2__two.cql", "CREATE TABLE two (k int PRIMARY KEY);");
        write("V001__one_first.cql", "CREATE TABLE one (k int PRIMARY KEY);");
        write("README.md", "not a migration");
        Files.createDirectory(dir.resolve("V003__a_folder.cql"));

        List<Migration> migrations = MigrationLoader.fromDirectory(dir);

        assertThat(migrations).extracting(Migration::version).containsExactly(1, 2, 10);
        assertThat(migrations.get(0).description()).isEqualTo("one first");
        assertThat(migrations.get(0).source()).isEqualTo("V001__one_first.cql");
        assertThat(migrations.get(0).label()).isEqualTo("V001");
        assertThat(migrations.get(2).statements())
                .containsExactly(new CqlStatement(1, "CREATE TABLE ten (k int PRIMARY KEY)"));
    }

    @Test
    void rejectsMisnamedScripts() throws IOException {
        write("V001__ok.cql", "SELECT 1;");
        write("V2_single_underscore.cql", "SELECT 1;");
        assertThatThrownBy(() -> MigrationLoader.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'V2_single_underscore.cql' is not named V<version>__");
    }

    @Test
    void rejectsTwoScriptsWithTheSameVersion() throws IOException {
        write("V1__one.cql", "SELECT 1;");
        write("V001__also_one.cql", "SELECT 1;");
        assertThatThrownBy(() -> MigrationLoader.fromDirectory(dir))
                .hasMessage("two migrations have version 1: V001__also_one.cql and V1__one.cql");
    }

    @Test
    void rejectsEmptyScriptsAndEmptyFolders() throws IOException {
        assertThatThrownBy(() -> MigrationLoader.fromDirectory(dir))
                .hasMessageStartingWith("no migrations found in ");
        write("V001__empty.cql", "-- nothing yet\n");
        assertThatThrownBy(() -> MigrationLoader.fromDirectory(dir))
                .hasMessage("V001__empty.cql contains no CQL statement");
    }

    @Test
    void readsMigrationsFromAJarOnTheClasspath() throws IOException {
        Path jar = dir.resolve("migrations.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            putEntry(out, "db/", "");
            putEntry(out, "db/V2__second.cql", "CREATE TABLE b (k int PRIMARY KEY);");
            putEntry(out, "db/V1__first.cql", "CREATE TABLE a (k int PRIMARY KEY);");
            putEntry(out, "db/nested/V3__ignored.cql", "CREATE TABLE c (k int PRIMARY KEY);");
            putEntry(out, "other/V9__elsewhere.cql", "CREATE TABLE d (k int PRIMARY KEY);");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Migration> migrations = MigrationLoader.fromClasspath("db", loader);
            assertThat(migrations)
                    .extracting(Migration::source)
                    .containsExactly("V1__first.cql", "V2__second.cql");
        }
    }

    @Test
    void theProjectsFirstMigrationCreatesBarsAndAlerts() {
        List<Migration> migrations = MigrationLoader.fromClasspath();

        Migration first = migrations.get(0);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.description()).isEqualTo("market data and alerts");
        assertThat(first.statements())
                .extracting(CqlStatement::cql)
                .containsExactly(
                        """
CREATE TABLE IF NOT EXISTS bars_by_symbol (
  symbol text, resolution text, day text, ts timestamp,
  open double, high double, low double, close double, volume bigint, vwap double, trade_count bigint,
  PRIMARY KEY ((symbol, resolution, day), ts)
) WITH CLUSTERING ORDER BY (ts DESC)\
""",
                        """
CREATE TABLE IF NOT EXISTS alerts_by_user (
  user_id text, day text, ts timestamp, id text,
  rule_id text, rule_version bigint, symbol text, price double, condition text, message text,
  PRIMARY KEY ((user_id, day), ts, id)
) WITH CLUSTERING ORDER BY (ts DESC, id ASC)\
""");
    }

    @Test
    void parsesScriptsGivenInMemory() {
        List<Migration> migrations =
                MigrationLoader.parseAll(
                        Map.of("V3__c.cql", "SELECT 3;", "V1__a.cql", "SELECT 1;"));
        assertThat(migrations).extracting(Migration::version).containsExactly(1, 3);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private static void putEntry(JarOutputStream out, String name, String content)
            throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
