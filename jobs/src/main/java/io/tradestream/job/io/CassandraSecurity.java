package io.tradestream.job.io;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.RemoteEndpointAwareJdkSSLOptions;
import io.tradestream.job.JobSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How the job logs in to Cassandra and checks its certificate: a user whose password is read from a
 * file or an environment variable, and a truststore for TLS. Holds where the secrets are, never
 * their values: it is serialized with the job graph, and the values are read by {@link
 * #applyTo(Cluster.Builder)} where the driver is built.
 *
 * @param username empty for a server that lets every client in
 * @param password null when there is no username
 * @param truststore a JKS or PKCS12 file; empty for no TLS
 * @param truststorePassword null for a truststore read without a password
 */
record CassandraSecurity(
        String username, SecretSource password, String truststore, SecretSource truststorePassword)
        implements Serializable {

    /**
     * @throws IllegalArgumentException for a user without a password source or the reverse
     */
    static CassandraSecurity from(JobSettings settings) {
        String username = settings.get("cassandra.username");
        SecretSource password =
                SecretSource.of(
                                "cassandra.password-file",
                                settings.get("cassandra.password-file"),
                                "cassandra.password-env",
                                settings.get("cassandra.password-env"))
                        .orElse(null);
        if (username.isEmpty() != (password == null)) {
            throw new IllegalArgumentException(
                    "--cassandra.username needs --cassandra.password-file or"
                            + " --cassandra.password-env, and they need --cassandra.username");
        }
        String truststore = settings.get("cassandra.truststore");
        if (!truststore.isEmpty() && !Path.of(truststore).isAbsolute()) {
            throw new IllegalArgumentException(
                    "--cassandra.truststore must be an absolute path, got " + truststore);
        }
        SecretSource truststorePassword =
                SecretSource.of(
                                "cassandra.truststore-password-file",
                                settings.get("cassandra.truststore-password-file"),
                                "cassandra.truststore-password-env",
                                settings.get("cassandra.truststore-password-env"))
                        .orElse(null);
        if (truststore.isEmpty() && truststorePassword != null) {
            throw new IllegalArgumentException(
                    "a truststore password is set but --cassandra.truststore is not");
        }
        return new CassandraSecurity(username, password, truststore, truststorePassword);
    }

    /** Whether the job logs in or uses TLS. */
    boolean configured() {
        return !username.isEmpty() || !truststore.isEmpty();
    }

    /** Reads the secrets and gives the driver the credentials and TLS options. */
    void applyTo(Cluster.Builder builder) {
        if (!username.isEmpty()) {
            builder.withCredentials(username, password.read());
        }
        if (!truststore.isEmpty()) {
            builder.withSSL(
                    RemoteEndpointAwareJdkSSLOptions.builder()
                            .withSSLContext(sslContext())
                            .build());
        }
    }

    /**
     * For logs and messages, e.g. {@code as user 'tradestream' (password from file /run/x), TLS
     * with truststore /etc/ts.p12}.
     */
    String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(
                username.isEmpty()
                        ? "without a user"
                        : "as user '" + username + "' (password from " + password.describe() + ")");
        parts.add(truststore.isEmpty() ? "without TLS" : "TLS with truststore " + truststore);
        return String.join(", ", parts);
    }

    private SSLContext sslContext() {
        char[] storePassword =
                truststorePassword == null ? null : truststorePassword.read().toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(truststore))) {
            // A JKS keystore object reads PKCS12 files too (keystore.type.compat).
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(in, storePassword);
            TrustManagerFactory trust =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the Cassandra truststore " + truststore + ": " + e.getMessage(),
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot use the Cassandra truststore " + truststore + ": " + e.getMessage(), e);
        }
    }
}
