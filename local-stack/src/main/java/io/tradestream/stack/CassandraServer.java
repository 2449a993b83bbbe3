package io.tradestream.stack;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The local Cassandra server: one node in a JVM of its own. */
public final class CassandraServer extends SingleProcessServer {
    static final String PROCESS = "cassandra";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    // Drains memtables and stops cleanly in 5-8 s.
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    /** The superuser that Cassandra creates when authentication is on. */
    public static final String SUPERUSER = "cassandra";

    /** The superuser's password: Cassandra's well-known default, for local tests only. */
    public static final String SUPERUSER_PASSWORD = "cassandra";

    private final boolean authentication;

    CassandraServer(
            StackLayout layout, Repository repository, PortPlan ports, boolean authentication) {
        super(Component.CASSANDRA, PROCESS, STOP_GRACE, layout, repository, ports);
        this.authentication = authentication;
    }

    /**
     * Whether clients must log in: then {@link #SUPERUSER} may create roles, and a role needs
     * permissions granted on a keyspace to use it.
     */
    public boolean authentication() {
        return authentication;
    }

    /** The address of its CQL port: 127.0.0.1. */
    public String host() {
        return Loopback.ADDRESS;
    }

    /** The CQL (native protocol) port. */
    public int nativePort() {
        return ports.cassandraNative();
    }

    /** The data center to give the driver: {@code datacenter1}. */
    public String localDatacenter() {
        return CassandraConfig.DATACENTER;
    }

    /** The contact point for {@code CqlSession.builder().addContactPoint(...)}. */
    public InetSocketAddress contactPoint() {
        return new InetSocketAddress(host(), nativePort());
    }

    @Override
    public void start() {
        Path lib = repository.runtimeLib(Component.CASSANDRA);
        Path conf = layout.conf().resolve(PROCESS);
        Path yaml = conf.resolve("cassandra.yaml");
        Path logback = conf.resolve("logback.xml");
        StackLayout.writeFile(yaml, CassandraConfig.yaml(ports, authentication));
        StackLayout.writeFile(logback, CassandraConfig.logbackXml(layout.logFile(PROCESS)));
        process.start(
                new JvmCommand(lib, "org.apache.cassandra.service.CassandraDaemon")
                        .jvmOptions(
                                CassandraConfig.jvmOptions(
                                        yaml,
                                        logback,
                                        StackLayout.createDirectories(conf.resolve("triggers")),
                                        layout.data().resolve(PROCESS),
                                        layout.logs())),
                Map.of());
        Readiness.await("Cassandra", List.of(process), READY_TIMEOUT, this::answers);
    }

    @Override
    boolean answers() {
        DriverConfigLoader config =
                DriverConfigLoader.programmaticBuilder()
                        .withDuration(
                                DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT,
                                Duration.ofSeconds(2))
                        .withDuration(
                                DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT,
                                Duration.ofSeconds(5))
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(5))
                        .build();
        CqlSessionBuilder builder =
                CqlSession.builder()
                        .withConfigLoader(config)
                        .addContactPoint(contactPoint())
                        .withLocalDatacenter(localDatacenter());
        if (authentication) {
            // Fails until the server has created its superuser, after it opened the CQL port.
            builder.withAuthCredentials(SUPERUSER, SUPERUSER_PASSWORD);
        }
        try (CqlSession session = builder.build()) {
            return session.execute("SELECT release_version FROM system.local").one() != null;
        }
    }
}
