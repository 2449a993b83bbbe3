package io.tradestream.job.io;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.PoolingOptions;
import java.time.Duration;
import org.apache.flink.streaming.connectors.cassandra.ClusterBuilder;

/** How the Cassandra sinks reach the cluster; serialized with the job graph. */
final class CassandraConnection extends ClusterBuilder {
    private static final long serialVersionUID = 1L;

    /**
     * The write-ahead log sends all rows of a checkpoint at once, tens of thousands when a second's
     * bars of thousands of symbols pile up over a checkpoint interval. They wait in the driver's
     * queue (256 requests and 5 s by default) for a connection instead of failing.
     */
    private static final int MAX_QUEUED_REQUESTS = 1_000_000;

    private static final Duration MAX_QUEUE_WAIT = Duration.ofMinutes(2);

    private final String host;
    private final int port;

    CassandraConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    protected Cluster buildCluster(Cluster.Builder builder) {
        return builder.addContactPoint(host)
                .withPort(port)
                .withPoolingOptions(
                        new PoolingOptions()
                                .setMaxQueueSize(MAX_QUEUED_REQUESTS)
                                .setPoolTimeoutMillis((int) MAX_QUEUE_WAIT.toMillis()))
                .build();
    }
}
