package io.tradestream.job.io;

import com.datastax.driver.core.Cluster;
import org.apache.flink.streaming.connectors.cassandra.ClusterBuilder;

/** How the Cassandra sinks reach the cluster; serialized with the job graph. */
final class CassandraConnection extends ClusterBuilder {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final int port;

    CassandraConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    protected Cluster buildCluster(Cluster.Builder builder) {
        return builder.addContactPoint(host).withPort(port).build();
    }
}
