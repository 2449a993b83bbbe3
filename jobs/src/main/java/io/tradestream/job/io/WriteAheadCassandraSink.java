package io.tradestream.job.io;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.connectors.cassandra.CassandraRowWriteAheadSink;
import org.apache.flink.streaming.connectors.cassandra.ClusterBuilder;
import org.apache.flink.types.Row;

/**
 * The connector's Cassandra write-ahead log, except that a completed checkpoint whose rows cannot
 * be written fails the task.
 *
 * <p>The connector logs such a failure and tries again at the next checkpoint. But it keeps the
 * rows in a file of the checkpoint that took them, and Flink deletes that file once the checkpoint
 * is no longer retained ({@code execution.checkpointing.num-retained} newer ones): a Cassandra
 * outage longer than that lost the rows for good. Failing restarts the job from its latest
 * checkpoint instead, whose rows it writes as soon as Cassandra answers again, as the upserting
 * sinks do.
 */
final class WriteAheadCassandraSink extends CassandraRowWriteAheadSink {
    private static final long serialVersionUID = 1L;

    private final WriteAheadCommits commits;

    /** Whether rows of a completed checkpoint failed to reach Cassandra in this notification. */
    private transient boolean unwritten;

    WriteAheadCassandraSink(
            String insert,
            TypeSerializer<Row> serializer,
            ClusterBuilder cluster,
            WriteAheadCommits commits)
            throws Exception {
        super(insert, serializer, cluster, commits);
        this.commits = commits;
    }

    @Override
    protected boolean sendValues(Iterable<Row> rows, long checkpointId, long timestamp)
            throws Exception {
        try {
            boolean written = super.sendValues(rows, checkpointId, timestamp);
            unwritten |= !written;
            return written;
        } catch (Exception e) {
            unwritten = true;
            throw e;
        }
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        unwritten = false;
        long failuresBefore = commits.failures();
        super.notifyCheckpointComplete(checkpointId);
        if (unwritten || commits.failures() > failuresBefore) {
            throw new IOException(
                    "rows of checkpoint "
                            + checkpointId
                            + " or before could not be written to Cassandra; the job restarts"
                            + " from its latest checkpoint, which still holds them");
        }
    }
}
