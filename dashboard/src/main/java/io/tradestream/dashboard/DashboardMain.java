package io.tradestream.dashboard;

import io.tradestream.dashboard.contact.ContactKeys;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs the dashboard until the process is stopped, or adds a key to the contact keystore.
 *
 * <pre>
 * java -jar tradestream-dashboard.jar [--port 8080] [--bind 127.0.0.1] [--cassandra HOST:PORT]
 *     [--cassandra-datacenter datacenter1] [--keyspace tradestream] [--kafka HOST:PORT]
 *     [--rules-topic rules] [--alerts-topic alerts] [--keystore FILE.p12
 *     [--keystore-password-file FILE] [--contact-key ID]] [--rule-verdict-seconds 10]
 *     [--secure-cookies]
 * java -jar tradestream-dashboard.jar new-contact-key --keystore FILE.p12 --key-id ID
 *     [--keystore-password-file FILE]
 * </pre>
 */
public final class DashboardMain {
    private DashboardMain() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.configurationFile", "log4j2-dashboard.xml");
        if (args.length > 0 && args[0].equals("new-contact-key")) {
            newContactKey(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        DashboardSettings settings;
        try {
            settings = DashboardSettings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("tradestream-dashboard: " + e.getMessage());
            System.exit(2);
            return;
        }
        DashboardServer server = DashboardServer.start(settings);
        System.out.println(
                "TradeStream dashboard on http://" + settings.bindAddress() + ":" + server.port());
        // The web server's threads keep the process alive until it is stopped.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dashboard-shutdown"));
    }

    private static void newContactKey(String[] args) throws Exception {
        Path keystore = null;
        Path passwordFile = null;
        String keyId = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--keystore" -> keystore = Path.of(args[i + 1]);
                case "--keystore-password-file" -> passwordFile = Path.of(args[i + 1]);
                case "--key-id" -> keyId = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (keystore == null || keyId == null) {
            throw new IllegalArgumentException("new-contact-key needs --keystore and --key-id");
        }
        char[] password =
                KeystorePassword.read(
                        passwordFile, System.getenv(DashboardSettings.KEYSTORE_PASSWORD_VARIABLE));
        ContactKeys.addKey(keystore, password, keyId);
        System.out.println("Added AES-256 key '" + keyId + "' to " + keystore);
    }
}
