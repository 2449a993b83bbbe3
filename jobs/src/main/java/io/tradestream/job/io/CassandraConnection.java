package io.tradestream.job.io;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.ConsistencyLevel;
import com.datastax.driver.core.PoolingOptions;
import com.datastax.driver.core.QueryOptions;
import com.datastax.driver.core.exceptions.AuthenticationException;
import io.tradestream.job.JobSettings;
import java.time.Duration;
import org.apache.flink.streaming.connectors.cassandra.ClusterBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the Cassandra sinks reach the cluster; serialized with the job graph, so it holds where the
 * secrets are ({@link CassandraSecurity}), and reads them only when it builds a driver.
 */
final class CassandraConnection extends ClusterBuilder {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CassandraConnection.class);

    /**
     * The end of what Cassandra answers for an unknown user or a wrong password: "Provided username
     * and/or password are incorrect" (5.0 names the user after "username").
     */
    private static final String WRONG_CREDENTIALS = "and/or password are incorrect";

    /**
     * The write-ahead log sends all rows of a checkpoint at once, tens of thousands when a second's
     * bars of thousands of symbols pile up over a checkpoint interval. They wait in the driver's
     * queue (256 requests and 5 s by default) for a connection instead of failing.
     */
    private static final int MAX_QUEUED_REQUESTS = 1_000_000;

    private static final Duration MAX_QUEUE_WAIT = Duration.ofMinutes(2);

    private final String host;
    private final int port;
    private final CassandraSecurity security;

    /** Of every write and of the write-ahead log's commit records. */
    private final ConsistencyLevel consistency;

    CassandraConnection(
            String host, int port, CassandraSecurity security, ConsistencyLevel consistency) {
        this.host = host;
        this.port = port;
        this.security = security;
        this.consistency = consistency;
    }

    static CassandraConnection from(JobSettings settings) {
        return new CassandraConnection(
                settings.get("cassandra.host"),
                settings.integer("cassandra.port"),
                CassandraSecurity.from(settings),
                consistency(settings.get("cassandra.consistency")));
    }

    /**
     * @throws IllegalArgumentException naming the consistency levels a write can have
     */
    static ConsistencyLevel consistency(String name) {
        try {
            ConsistencyLevel level = ConsistencyLevel.valueOf(name);
            if (!level.isSerial()) {
                return level;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        throw new IllegalArgumentException(
                "setting --cassandra.consistency must be one of ANY, ONE, TWO, THREE, QUORUM, ALL,"
                        + " LOCAL_QUORUM, EACH_QUORUM, LOCAL_ONE, got '"
                        + name
                        + "'");
    }

    boolean secured() {
        return security.configured();
    }

    /**
     * With a user or TLS, connects at once, so that a refused login or certificate fails here with
     * a message naming the server, the user and where the password came from (never the password).
     */
    @Override
    protected Cluster buildCluster(Cluster.Builder builder) {
        LOG.info("Connecting to Cassandra at {}:{} {}", host, port, security.describe());
        builder.addContactPoint(host)
                .withPort(port)
                .withPoolingOptions(
                        new PoolingOptions()
                                .setMaxQueueSize(MAX_QUEUED_REQUESTS)
                                .setPoolTimeoutMillis((int) MAX_QUEUE_WAIT.toMillis()))
                .withQueryOptions(new QueryOptions().setConsistencyLevel(consistency));
        security.applyTo(builder);
        Cluster cluster = builder.build();
        if (!security.configured()) {
            return cluster;
        }
        try {
            return cluster.init();
        } catch (RuntimeException e) {
            cluster.close();
            throw explain(e);
        }
    }

    private RuntimeException explain(RuntimeException e) {
        String message =
                "Cassandra at "
                        + host
                        + ":"
                        + port
                        + (e instanceof AuthenticationException ? " refused the login " : " ")
                        + security.describe()
                        + ": "
                        + e.getMessage();
        // Other authentication errors, such as "Unable to perform authentication" while the
        // server's role tables are unavailable, may pass: the job restarts as for any outage.
        if (e instanceof AuthenticationException
                && String.valueOf(e.getMessage()).contains(WRONG_CREDENTIALS)) {
            return new CassandraLoginRefused(message);
        }
        return new IllegalStateException(message, e);
    }
}
