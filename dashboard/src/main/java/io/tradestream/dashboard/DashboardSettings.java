package io.tradestream.dashboard;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the dashboard listens and what it reads and writes. Every setting has a default that fits
 * the local stack of {@code ./tradestream up}.
 *
 * @param bindAddress the address the web server listens on
 * @param port its port; 0 picks a free one
 * @param secureCookies whether the session cookie is marked {@code Secure} (behind HTTPS)
 * @param cassandra the Cassandra node to contact
 * @param datacenter Cassandra's local datacenter
 * @param keyspace the keyspace the job writes to
 * @param kafkaBootstrapServers the Kafka brokers
 * @param rulesTopic the topic rule changes are published to, as the job reads them
 * @param alertsTopic the topic the job publishes alerts to
 * @param keystore the PKCS#12 keystore of the keys that encrypt contact details; null when none
 * @param keystorePassword its password; null when there is no keystore
 * @param contactKeyId the alias of the key that encrypts new contact details; null for the
 *     keystore's newest
 * @param ruleVerdictTimeout how long a rule change waits for the job's verdict before it is
 *     reported as pending
 */
public record DashboardSettings(
        String bindAddress,
        int port,
        boolean secureCookies,
        InetSocketAddress cassandra,
        String datacenter,
        String keyspace,
        String kafkaBootstrapServers,
        String rulesTopic,
        String alertsTopic,
        Path keystore,
        char[] keystorePassword,
        String contactKeyId,
        Duration ruleVerdictTimeout) {

    /** The environment variable that holds the keystore's password, if no file names it. */
    public static final String KEYSTORE_PASSWORD_VARIABLE = "TRADESTREAM_KEYSTORE_PASSWORD";

    private static final List<String> FLAGS = List.of("--secure-cookies");

    /**
     * Reads {@code --name value} options (see {@link DashboardMain}); the keystore's password comes
     * from {@code --keystore-password-file} or the environment.
     */
    public static DashboardSettings parse(String[] args, Map<String, String> environment) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (name.startsWith("--") && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + name + "'");
            }
        }
        Path keystore = path(options.remove("--keystore"));
        Path passwordFile = path(options.remove("--keystore-password-file"));
        DashboardSettings settings =
                new DashboardSettings(
                        take(options, "--bind", "127.0.0.1"),
                        Integer.parseInt(take(options, "--port", "8080")),
                        options.remove("--secure-cookies") != null,
                        hostAndPort(take(options, "--cassandra", "127.0.0.1:9042")),
                        take(options, "--cassandra-datacenter", "datacenter1"),
                        take(options, "--keyspace", "tradestream"),
                        take(options, "--kafka", "127.0.0.1:9092"),
                        take(options, "--rules-topic", "rules"),
                        take(options, "--alerts-topic", "alerts"),
                        keystore,
                        keystore == null
                                ? null
                                : KeystorePassword.read(
                                        passwordFile, environment.get(KEYSTORE_PASSWORD_VARIABLE)),
                        options.remove("--contact-key"),
                        Duration.ofSeconds(
                                Long.parseLong(take(options, "--rule-verdict-seconds", "10"))));
        if (!options.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown option " + options.keySet().iterator().next());
        }
        return settings;
    }

    private static String take(Map<String, String> options, String name, String fallback) {
        String value = options.remove(name);
        return value == null ? fallback : value;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }

    static InetSocketAddress hostAndPort(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected HOST:PORT, got '" + value + "'");
        }
        return InetSocketAddress.createUnresolved(
                value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
    }
}
