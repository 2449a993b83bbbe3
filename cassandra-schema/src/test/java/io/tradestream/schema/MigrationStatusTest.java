package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationStatusTest {

    private final List<Migration> known =
            MigrationLoader.parseAll(
                    Map.of(
                            "V001__one.cql", "SELECT 1;",
                            "V002__two.cql", "SELECT 2;",
                            "V003__three.cql", "SELECT 3;"));

    private static AppliedMigration applied(int version, String script) {
        return new AppliedMigration(
                version,
                "v" + version,
                ScriptChecksum.of(script),
                Instant.parse("2025-01-02T03:04:05Z"),
                "ops@host",
                12);
    }

    @Test
    void everythingIsPendingInANewKeyspace() {
        MigrationStatus status = MigrationStatus.compare("ks", known, List.of());
        assertThat(status.pending()).extracting(Migration::version).containsExactly(1, 2, 3);
        assertThat(status.problems()).isEmpty();
        assertThat(status.isUpToDate()).isFalse();
    }

    @Test
    void onlyUnrecordedMigrationsArePendingInVersionOrder() {
        MigrationStatus status =
                MigrationStatus.compare(
                        "ks", known, List.of(applied(3, "SELECT 3;"), applied(1, "SELECT 1;")));
        assertThat(status.applied()).extracting(AppliedMigration::version).containsExactly(1, 3);
        assertThat(status.pending()).extracting(Migration::version).containsExactly(2);
        assertThat(status.problems()).isEmpty();
    }

    @Test
    void upToDateWhenEverythingIsRecorded() {
        MigrationStatus status =
                MigrationStatus.compare(
                        "ks",
                        known,
                        List.of(
                                applied(1, "SELECT 1;"),
                                applied(2, "SELECT 2;"),
                                applied(3, "SELECT 3;")));
        assertThat(status.isUpToDate()).isTrue();
    }

    @Test
    void aChangedScriptIsAProblemNamingItsVersion() {
        MigrationStatus status =
                MigrationStatus.compare("ks", known, List.of(applied(2, "SELECT 22;")));
        assertThat(status.problems()).hasSize(1);
        assertThat(status.problems().get(0))
                .startsWith("V002 (V002__two.cql) was changed after it was applied to keyspace ks")
                .contains(ScriptChecksum.of("SELECT 2;"), ScriptChecksum.of("SELECT 22;"));
        assertThat(status.isUpToDate()).isFalse();
    }

    @Test
    void anAppliedMigrationUnknownToTheToolIsAProblem() {
        MigrationStatus status =
                MigrationStatus.compare("ks", known.subList(0, 1), List.of(applied(2, "x")));
        assertThat(status.problems())
                .containsExactly(
                        "V002 (v2) is applied to keyspace ks but unknown to this tool: use the"
                                + " tool version that has it.");
    }
}
