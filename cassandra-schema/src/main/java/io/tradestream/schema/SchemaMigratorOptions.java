package io.tradestream.schema;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of {@link SchemaMigratorMain}.
 *
 * @param contactPoints where to reach the cluster
 * @param datacenter the local datacenter of the driver's load balancing
 * @param keyspace the keyspace to migrate
 * @param replication the replication of the keyspace if it has to be created
 * @param username the user to authenticate as, if any
 * @param password the password of {@code username}
 * @param statusOnly print applied and pending migrations instead of migrating
 */
public record SchemaMigratorOptions(
        List<InetSocketAddress> contactPoints,
        String datacenter,
        String keyspace,
        Replication replication,
        Optional<String> username,
        Optional<String> password,
        boolean statusOnly) {

    /** Environment variable read for the password when {@code --password} is not given. */
    public static final String PASSWORD_ENV = "TRADESTREAM_CASSANDRA_PASSWORD";

    static final int DEFAULT_PORT = 9042;

    public static final String USAGE =
            """
            Usage: schema-migrator [options]
            Applies the pending CQL migrations of TradeStream to a keyspace, creating it if absent.

              --contact-point HOST[:PORT]   a Cassandra node; repeat or separate with commas
                                            (default 127.0.0.1:9042)
              --datacenter NAME             the driver's local datacenter (default datacenter1)
              --keyspace NAME               keyspace to migrate (default tradestream)
              --replication-factor N        SimpleStrategy with N replicas for a new keyspace
                                            (default 1)
              --replication DC:N[,DC:N]     NetworkTopologyStrategy for a new keyspace,
                                            e.g. dc1:3,dc2:3
              --username NAME               authenticate as NAME
              --password SECRET             password of NAME (default: $%s)
              --status                      print applied and pending migrations; change nothing
              --help                        print this help
            """
                    .formatted(PASSWORD_ENV);

    /**
     * @return the options, or empty if help was asked for
     * @throws UsageException naming the offending option
     */
    public static Optional<SchemaMigratorOptions> parse(String[] args, Map<String, String> env)
            throws UsageException {
        List<InetSocketAddress> contactPoints = new ArrayList<>();
        String datacenter = "datacenter1";
        String keyspace = "tradestream";
        Replication replication = null;
        String username = null;
        String password = null;
        boolean statusOnly = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (name.equals("--help") || name.equals("-h")) {
                return Optional.empty();
            }
            if (name.equals("--status")) {
                statusOnly = true;
                continue;
            }
            String value;
            if (inline != null) {
                value = inline;
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--contact-point" -> {
                    for (String point : value.split(",")) {
                        contactPoints.add(parseContactPoint(point.strip()));
                    }
                }
                case "--datacenter" -> datacenter = requireNonBlank(name, value);
                case "--keyspace" -> keyspace = checked(name, () -> KeyspaceName.validate(value));
                case "--replication-factor" -> {
                    if (replication != null) {
                        throw new UsageException(
                                "give one of --replication-factor and --replication");
                    }
                    replication = checked(name, () -> Replication.simple(parseInt(name, value)));
                }
                case "--replication" -> {
                    if (replication != null) {
                        throw new UsageException(
                                "give one of --replication-factor and --replication");
                    }
                    replication = checked(name, () -> Replication.parseNetworkTopology(value));
                }
                case "--username" -> username = requireNonBlank(name, value);
                case "--password" -> password = value;
                default -> throw new UsageException("unknown option " + name);
            }
        }
        if (password == null && username != null) {
            password = env.get(PASSWORD_ENV);
            if (password == null) {
                throw new UsageException(
                        "--username needs --password or the environment variable " + PASSWORD_ENV);
            }
        }
        if (password != null && username == null) {
            throw new UsageException("--password needs --username");
        }
        if (contactPoints.isEmpty()) {
            contactPoints.add(InetSocketAddress.createUnresolved("127.0.0.1", DEFAULT_PORT));
        }
        return Optional.of(
                new SchemaMigratorOptions(
                        contactPoints,
                        datacenter,
                        keyspace,
                        replication != null ? replication : Replication.simple(1),
                        Optional.ofNullable(username),
                        Optional.ofNullable(password),
                        statusOnly));
    }

    /** {@code host}, {@code host:port} or {@code [ipv6]:port}. */
    static InetSocketAddress parseContactPoint(String text) throws UsageException {
        String host = text;
        int port = DEFAULT_PORT;
        int colon = text.lastIndexOf(':');
        boolean bracketed = text.startsWith("[");
        if (colon > 0 && (!bracketed || text.lastIndexOf(']') < colon)) {
            host = text.substring(0, colon);
            port = parseInt("--contact-point", text.substring(colon + 1));
        }
        if (bracketed) {
            host = host.replaceAll("^\\[|]$", "");
        }
        if (host.isBlank() || port < 1 || port > 65535) {
            throw new UsageException("--contact-point: expected HOST[:PORT], got '" + text + "'");
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private static int parseInt(String option, String value) throws UsageException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": expected a whole number, got '" + value + "'");
        }
    }

    private static String requireNonBlank(String option, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(option + " must not be empty");
        }
        return value.strip();
    }

    /** A value check that throws IllegalArgumentException or UsageException. */
    private interface Check<T> {
        T get() throws UsageException;
    }

    private static <T> T checked(String option, Check<T> check) throws UsageException {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
