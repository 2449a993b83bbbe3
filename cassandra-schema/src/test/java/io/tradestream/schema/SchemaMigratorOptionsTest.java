package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaMigratorOptionsTest {

    private static SchemaMigratorOptions parse(String... args) throws UsageException {
        return SchemaMigratorOptions.parse(args, Map.of()).orElseThrow();
    }

    @Test
    void defaultsSuitTheLocalStack() throws UsageException {
        SchemaMigratorOptions options = parse();
        assertThat(options.contactPoints())
                .containsExactly(InetSocketAddress.createUnresolved("127.0.0.1", 9042));
        assertThat(options.datacenter()).isEqualTo("datacenter1");
        assertThat(options.keyspace()).isEqualTo("tradestream");
        assertThat(options.replication()).isEqualTo(Replication.simple(1));
        assertThat(options.username()).isEmpty();
        assertThat(options.statusOnly()).isFalse();
    }

    @Test
    void readsEveryOption() throws UsageException {
        SchemaMigratorOptions options =
                parse(
                        "--contact-point",
                        "cass1:9142,cass2",
                        "--contact-point=[::1]:9043",
                        "--datacenter",
                        "dc1",
                        "--keyspace",
                        "ts_e2e",
                        "--replication",
                        "dc1:3,dc2:2",
                        "--username",
                        "admin",
                        "--password",
                        "secret",
                        "--status");
        assertThat(options.contactPoints())
                .containsExactly(
                        InetSocketAddress.createUnresolved("cass1", 9142),
                        InetSocketAddress.createUnresolved("cass2", 9042),
                        InetSocketAddress.createUnresolved("::1", 9043));
        assertThat(options.datacenter()).isEqualTo("dc1");
        assertThat(options.keyspace()).isEqualTo("ts_e2e");
        assertThat(options.replication())
                .isEqualTo(Replication.networkTopology(Map.of("dc1", 3, "dc2", 2)));
        assertThat(options.username()).contains("admin");
        assertThat(options.password()).contains("secret");
        assertThat(options.statusOnly()).isTrue();
    }

    @Test
    void replicationFactorGivesSimpleStrategy() throws UsageException {
        assertThat(parse("--replication-factor", "3").replication())
                .isEqualTo(Replication.simple(3));
    }

    @Test
    void passwordMayComeFromTheEnvironment() throws UsageException {
        SchemaMigratorOptions options =
                SchemaMigratorOptions.parse(
                                new String[] {"--username", "admin"},
                                Map.of(SchemaMigratorOptions.PASSWORD_ENV, "from-env"))
                        .orElseThrow();
        assertThat(options.password()).contains("from-env");
    }

    @Test
    void helpGivesNoOptions() throws UsageException {
        assertThat(
                        SchemaMigratorOptions.parse(
                                new String[] {"--keyspace", "x", "--help"}, Map.of()))
                .isEqualTo(Optional.empty());
    }

    @Test
    void reportsWhatIsWrong() {
        assertUsageError("unknown option --keyspce", "--keyspce", "x");
        assertUsageError("--keyspace needs a value", "--keyspace");
        assertUsageError(
                "--keyspace: bad keyspace name 'Trade': use 1-48 lower-case letters, digits or"
                        + " '_', starting with a letter",
                "--keyspace",
                "Trade");
        assertUsageError(
                "--replication-factor: expected a whole number, got 'one'",
                "--replication-factor",
                "one");
        assertUsageError(
                "--replication-factor: replication factor must be between 1 and 99, got 0",
                "--replication-factor",
                "0");
        assertUsageError(
                "give one of --replication-factor and --replication",
                "--replication-factor",
                "1",
                "--replication",
                "dc1:1");
        assertUsageError(
                "--username needs --password or the environment variable "
                        + SchemaMigratorOptions.PASSWORD_ENV,
                "--username",
                "admin");
        assertUsageError("--password needs --username", "--password", "x");
        assertUsageError(
                "--contact-point: expected a whole number, got 'x'", "--contact-point", "h:x");
        assertUsageError(
                "--contact-point: expected HOST[:PORT], got 'h:0'", "--contact-point", "h:0");
    }

    private static void assertUsageError(String message, String... args) {
        assertThatThrownBy(() -> SchemaMigratorOptions.parse(args, Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessage(message);
    }
}
