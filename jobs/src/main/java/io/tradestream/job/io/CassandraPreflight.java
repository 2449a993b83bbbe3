package io.tradestream.job.io;

import io.tradestream.job.JobSettings;

/**
 * A check before the job is submitted that it can log in to Cassandra: wrong credentials or an
 * untrusted certificate then stop {@code flink run} with a clear message, instead of failing the
 * job's sinks on the cluster.
 */
public final class CassandraPreflight {
    private CassandraPreflight() {}

    /**
     * Logs in once, if the settings give a Cassandra user or truststore and {@code
     * --cassandra.check-at-start} is true; does nothing otherwise.
     *
     * @throws RuntimeException naming the server, the user and where the password came from
     */
    public static void check(JobSettings settings) {
        CassandraConnection connection = CassandraConnection.from(settings);
        if (connection.secured() && settings.flag("cassandra.check-at-start")) {
            // A secured connection logs in while the cluster is built.
            connection.getCluster().close();
        }
    }
}
