package io.tradestream.job.io;

import org.apache.flink.streaming.connectors.cassandra.CassandraCommitter;
import org.apache.flink.streaming.runtime.operators.CheckpointCommitter;

/**
 * The write-ahead log's record of which checkpoints' rows are in Cassandra ({@link
 * CassandraCommitter}), counting the calls that failed so that {@link WriteAheadCassandraSink} can
 * tell when the connector swallowed one.
 */
final class WriteAheadCommits extends CheckpointCommitter {
    private static final long serialVersionUID = 1L;

    private final CassandraCommitter cassandra;
    private transient long failures;

    WriteAheadCommits(CassandraCommitter cassandra) {
        this.cassandra = cassandra;
    }

    /** How many reads and writes of the commit records have failed in this task. */
    long failures() {
        return failures;
    }

    @Override
    public void setJobId(String id) throws Exception {
        super.setJobId(id);
        cassandra.setJobId(id);
    }

    @Override
    public void setOperatorId(String id) throws Exception {
        super.setOperatorId(id);
        cassandra.setOperatorId(id);
    }

    @Override
    public void open() throws Exception {
        cassandra.open();
    }

    @Override
    public void close() throws Exception {
        cassandra.close();
    }

    @Override
    public void createResource() throws Exception {
        cassandra.createResource();
    }

    @Override
    public void commitCheckpoint(int subtaskIdx, long checkpointId) throws Exception {
        try {
            cassandra.commitCheckpoint(subtaskIdx, checkpointId);
        } catch (Exception e) {
            failures++;
            throw e;
        }
    }

    @Override
    public boolean isCheckpointCommitted(int subtaskIdx, long checkpointId) throws Exception {
        try {
            return cassandra.isCheckpointCommitted(subtaskIdx, checkpointId);
        } catch (Exception e) {
            failures++;
            throw e;
        }
    }
}
