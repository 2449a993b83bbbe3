package io.tradestream.benchmarks.pipeline;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.tradestream.job.io.CassandraRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches Cassandra for the rows of the probes sent, every {@link #POLL_MILLIS} ms: a probe's alert
 * is visible once {@code alerts_by_user} has a row of the probe user at the probe's time, its
 * position once the probe symbol's row in {@code positions_by_user} was updated at or after it. The
 * latency of each is from just before the probe was handed to the Kafka producer to the poll that
 * saw the row, so it includes the producer's batching and up to one poll interval.
 */
final class ProbeWatcher implements AutoCloseable {
    static final long POLL_MILLIS = 5;

    /** A probe sent and not yet seen in both tables. */
    private static final class Pending {
        final String symbol;
        final long sentNanos;
        long alertSeenNanos;
        long positionSeenNanos;

        Pending(String symbol, long sentNanos) {
            this.symbol = symbol;
            this.sentNanos = sentNanos;
        }
    }

    /** When a probe was sent (its event time, epoch ms) and how long its rows took to show. */
    record ProbeLatency(long sentAtMillis, long alertMillis, long positionMillis) {}

    /** What the probes of one step showed, each probe's latencies in the order they showed. */
    record Seen(
            LatencySamples alerts,
            LatencySamples positions,
            List<ProbeLatency> timeline,
            int missing) {}

    private final CqlSession session;
    private final PreparedStatement alerts;
    private final PreparedStatement positions;
    private final ConcurrentSkipListMap<Long, Pending> pending = new ConcurrentSkipListMap<>();
    private final Thread poller;
    private volatile LatencySamples alertLatencies = new LatencySamples();
    private volatile LatencySamples positionLatencies = new LatencySamples();
    private List<ProbeLatency> timeline = new ArrayList<>();
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    ProbeWatcher(CqlSession session, String keyspace) {
        this.session = session;
        this.alerts =
                session.prepare(
                        "SELECT ts FROM "
                                + keyspace
                                + ".alerts_by_user WHERE user_id = ? AND day = ? AND ts >= ?");
        this.positions =
                session.prepare(
                        "SELECT symbol, updated_at FROM "
                                + keyspace
                                + ".positions_by_user WHERE user_id = ?");
        this.poller = new Thread(this::pollUntilClosed, "probe-watcher");
        poller.setDaemon(true);
        poller.start();
    }

    /** Registers a measured probe of {@code symbol} at {@code timestamp}, about to be sent. */
    void sending(String symbol, long timestamp, long sentNanos) {
        pending.put(timestamp, new Pending(symbol, sentNanos));
    }

    /** Whether every probe registered has shown in both tables. */
    boolean caughtUp() {
        throwIfFailed();
        return pending.isEmpty();
    }

    /**
     * The latencies of the probes registered since the last call, and how many of them have not
     * shown (they are given up); starts counting afresh.
     */
    synchronized Seen collect() {
        throwIfFailed();
        int missing = pending.size();
        pending.clear();
        Seen seen = new Seen(alertLatencies, positionLatencies, timeline, missing);
        alertLatencies = new LatencySamples();
        positionLatencies = new LatencySamples();
        timeline = new ArrayList<>();
        return seen;
    }

    private void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }

    private void pollUntilClosed() {
        try {
            while (running) {
                long start = System.nanoTime();
                poll();
                long elapsed = System.nanoTime() - start;
                TimeUnit.NANOSECONDS.sleep(
                        Math.max(0, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS) - elapsed));
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private synchronized void poll() {
        // Checked under the lock: collect() gives up the pending probes between two polls.
        if (pending.isEmpty()) {
            return;
        }
        long oldest = pending.firstKey();
        TreeSet<String> days = new TreeSet<>();
        for (Long timestamp : pending.keySet()) {
            days.add(CassandraRows.day(timestamp));
        }
        for (String day : days) {
            for (Row row :
                    session.execute(alerts.bind(Probes.USER, day, Instant.ofEpochMilli(oldest)))) {
                Pending probe = pending.get(row.getInstant(0).toEpochMilli());
                if (probe != null && probe.alertSeenNanos == 0) {
                    probe.alertSeenNanos = System.nanoTime();
                }
            }
        }
        Map<String, Long> updated = new HashMap<>();
        for (Row row : session.execute(positions.bind(Probes.USER))) {
            Instant at = row.getInstant(1);
            if (at != null) {
                updated.merge(row.getString(0), at.toEpochMilli(), Math::max);
            }
        }
        long now = System.nanoTime();
        for (Map.Entry<Long, Pending> entry : pending.entrySet()) {
            Pending probe = entry.getValue();
            if (probe.positionSeenNanos == 0
                    && updated.getOrDefault(probe.symbol, Long.MIN_VALUE) >= entry.getKey()) {
                probe.positionSeenNanos = now;
            }
            if (probe.alertSeenNanos != 0 && probe.positionSeenNanos != 0) {
                long alert = millis(probe.alertSeenNanos - probe.sentNanos);
                long position = millis(probe.positionSeenNanos - probe.sentNanos);
                alertLatencies.add(alert);
                positionLatencies.add(position);
                timeline.add(new ProbeLatency(entry.getKey(), alert, position));
                pending.remove(entry.getKey());
            }
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
