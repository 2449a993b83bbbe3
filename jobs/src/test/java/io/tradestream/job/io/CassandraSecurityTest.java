package io.tradestream.job.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.PlainTextAuthProvider;
import com.datastax.driver.core.ProtocolOptions;
import com.datastax.driver.core.RemoteEndpointAwareJdkSSLOptions;
import io.tradestream.job.JobSettings;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CassandraSecurityTest {
    @TempDir Path dir;

    @Test
    void aSerializedConnectionNamesThePasswordFileButHoldsNoPassword() throws Exception {
        Path password = Files.writeString(dir.resolve("password"), "p4ss-word-1\n");
        JobSettings settings =
                JobSettings.parse(
                        "--cassandra.username", "tradestream",
                        "--cassandra.password-file", password.toString(),
                        "--cassandra.truststore", "/etc/tradestream/cassandra-truststore.p12",
                        "--cassandra.truststore-password-env", "CASSANDRA_TRUSTSTORE_PASSWORD");
        CassandraConnection connection = CassandraConnection.from(settings);

        String serialized =
                new String(
                        InstantiationUtil.serializeObject(connection), StandardCharsets.ISO_8859_1);

        assertThat(serialized)
                .contains(password.toString(), "tradestream", "CASSANDRA_TRUSTSTORE_PASSWORD")
                .doesNotContain("p4ss-word-1");
        assertThat(connection.secured()).isTrue();
        assertThat(CassandraSecurity.from(settings).describe())
                .isEqualTo(
                        "as user 'tradestream' (password from file "
                                + password
                                + "), TLS with truststore"
                                + " /etc/tradestream/cassandra-truststore.p12");
        assertThat(CassandraSecurity.from(settings).password().read()).isEqualTo("p4ss-word-1");
    }

    @Test
    void givesTheDriverTheCredentialsAndATlsContextFromTheTruststore() throws Exception {
        Path password = Files.writeString(dir.resolve("password"), "p4ss-word-1");
        Path storePassword = Files.writeString(dir.resolve("store-password"), "st0re-pw\n");
        Path truststore = emptyTruststore("st0re-pw");
        Cluster.Builder builder = Cluster.builder().addContactPoint("127.0.0.1");

        CassandraSecurity.from(
                        JobSettings.parse(
                                "--cassandra.username", "tradestream",
                                "--cassandra.password-file", password.toString(),
                                "--cassandra.truststore", truststore.toString(),
                                "--cassandra.truststore-password-file", storePassword.toString()))
                .applyTo(builder);

        ProtocolOptions protocol = builder.getConfiguration().getProtocolOptions();
        assertThat(protocol.getAuthProvider()).isInstanceOf(PlainTextAuthProvider.class);
        assertThat(protocol.getSSLOptions()).isInstanceOf(RemoteEndpointAwareJdkSSLOptions.class);
    }

    @Test
    void aWrongTruststorePasswordIsNamedByTheTruststoreNotByThePassword() throws Exception {
        Path truststore = emptyTruststore("st0re-pw");
        Path wrong = Files.writeString(dir.resolve("store-password"), "not-the-pw");
        CassandraSecurity security =
                CassandraSecurity.from(
                        JobSettings.parse(
                                "--cassandra.truststore", truststore.toString(),
                                "--cassandra.truststore-password-file", wrong.toString()));

        assertThatThrownBy(() -> security.applyTo(Cluster.builder()))
                .hasMessageStartingWith("cannot read the Cassandra truststore " + truststore)
                .hasMessageNotContaining("not-the-pw");
    }

    @Test
    void withoutSettingsTheJobNeitherLogsInNorUsesTls() {
        CassandraSecurity security = CassandraSecurity.from(JobSettings.parse());

        assertThat(security.configured()).isFalse();
        assertThat(security.describe()).isEqualTo("without a user, without TLS");
    }

    @Test
    void aUserNeedsExactlyOnePasswordSource() {
        assertThatThrownBy(
                        () ->
                                CassandraSecurity.from(
                                        JobSettings.parse("--cassandra.username", "tradestream")))
                .hasMessage(
                        "--cassandra.username needs --cassandra.password-file or"
                                + " --cassandra.password-env, and they need --cassandra.username");
        assertThatThrownBy(
                        () ->
                                CassandraSecurity.from(
                                        JobSettings.parse(
                                                "--cassandra.username", "tradestream",
                                                "--cassandra.password-file", "/p",
                                                "--cassandra.password-env", "P")))
                .hasMessage("set --cassandra.password-file or --cassandra.password-env, not both");
    }

    @Test
    void filesReadOnTheTaskManagersNeedAbsolutePaths() {
        assertThatThrownBy(
                        () ->
                                CassandraSecurity.from(
                                        JobSettings.parse(
                                                "--cassandra.username", "tradestream",
                                                "--cassandra.password-file", "secrets/password")))
                .hasMessage(
                        "--cassandra.password-file must be an absolute path, got secrets/password");
        assertThatThrownBy(
                        () ->
                                CassandraSecurity.from(
                                        JobSettings.parse("--cassandra.truststore", "ts.p12")))
                .hasMessage("--cassandra.truststore must be an absolute path, got ts.p12");
    }

    /** A PKCS12 truststore without certificates: enough to build a TLS context. */
    private Path emptyTruststore(String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password.toCharArray());
        Path file = dir.resolve("truststore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    @Test
    void aMissingSecretIsNamedByItsPlace() {
        assertThatThrownBy(
                        () ->
                                new SecretSource(
                                                SecretSource.Kind.ENVIRONMENT_VARIABLE,
                                                "TRADESTREAM_TEST_UNSET_VARIABLE")
                                        .read())
                .hasMessage("environment variable TRADESTREAM_TEST_UNSET_VARIABLE is not set");
        Path missing = dir.resolve("absent");
        assertThatThrownBy(
                        () -> new SecretSource(SecretSource.Kind.FILE, missing.toString()).read())
                .hasMessageStartingWith("cannot read the secret in file " + missing);
    }
}
