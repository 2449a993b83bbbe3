package io.tradestream.job.io;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the Cassandra sinks write, the job setting {@code --cassandra.write-mode}. Both give exactly
 * the same tables once a run has caught up; they differ in when rows become visible.
 */
public enum CassandraWriteMode {
    /**
     * Each row is written as soon as it is produced, as an upsert with a deterministic key (and,
     * for rows updated in place, a write timestamp that grows with the row's history). Lowest
     * latency. After a failure the job replays from its last checkpoint and writes the same rows
     * again with the same keys, so nothing is doubled; but a reader can briefly see rows of the
     * replayed interval that the recovery then rewrites.
     */
    UPSERT("upsert"),

    /**
     * Rows are kept in Flink's checkpointed state (the connector's write-ahead log) and written
     * only when the checkpoint that covers them completes: a reader sees only committed results, at
     * the cost of up to one checkpoint interval of extra latency and the rows of one interval in
     * state.
     */
    WRITE_AHEAD_LOG("write-ahead-log");

    private final String settingValue;

    CassandraWriteMode(String settingValue) {
        this.settingValue = settingValue;
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static CassandraWriteMode parse(String value) {
        for (CassandraWriteMode mode : values()) {
            if (mode.settingValue.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                "setting --cassandra.write-mode must be one of "
                        + Arrays.stream(values())
                                .map(mode -> mode.settingValue)
                                .collect(Collectors.joining(", "))
                        + ", got '"
                        + value
                        + "'");
    }
}
