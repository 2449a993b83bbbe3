package io.tradestream.job.io;

import org.apache.flink.runtime.throwable.ThrowableAnnotation;
import org.apache.flink.runtime.throwable.ThrowableType;

/**
 * Cassandra refused the job's user name or password. Restarting cannot fix that, so Flink fails the
 * job at once with this message instead of restarting it over and over.
 */
@ThrowableAnnotation(ThrowableType.NonRecoverableError)
final class CassandraLoginRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Takes the driver's message, not its exception: that one does not serialize, and Flink only
     * sees the annotation of a failure it can deserialize.
     */
    CassandraLoginRefused(String message) {
        super(message);
    }
}
