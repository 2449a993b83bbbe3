package io.tradestream.model;

/**
 * Cassandra write timestamps for rows that are updated in place (a position, a rule list entry).
 * The sinks write asynchronously, so two updates of one row can reach Cassandra in either order;
 * giving each update a timestamp that grows with the row's history makes the newest one win
 * whatever the order, and a replay after recovery writes the same timestamps again.
 */
public final class WriteTime {
    private WriteTime() {}

    /**
     * The timestamp, in microseconds as Cassandra counts, of an update at event time {@code
     * eventMillis} that follows one written at {@code previousMicros} (0 if none): the event time,
     * or just after the previous update if event time did not move on.
     */
    public static long next(long eventMillis, long previousMicros) {
        return Math.max(eventMillis * 1_000, previousMicros + 1);
    }
}
