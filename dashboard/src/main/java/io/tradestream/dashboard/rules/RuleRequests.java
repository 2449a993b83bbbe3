package io.tradestream.dashboard.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes a trader's rule request to the {@code rules} topic, as every other client of the job
 * does, and waits for the job's verdict in {@code rules_by_user}: the job is the one place that
 * decides (id ownership, version order, quota), so the dashboard reports its answer rather than
 * guessing.
 */
public final class RuleRequests {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Producer<String, String> producer;
    private final String topic;
    private final RuleBook book;
    private final Clock clock;
    private final Duration verdictTimeout;

    public RuleRequests(
            Producer<String, String> producer,
            String topic,
            RuleBook book,
            Clock clock,
            Duration verdictTimeout) {
        this.producer = producer;
        this.topic = topic;
        this.book = book;
        this.clock = clock;
        this.verdictTimeout = verdictTimeout;
    }

    /** Publishes {@code request} (keyed by its owner, so one user's requests keep their order). */
    public Verdict submit(String user, String ruleId, ObjectNode request)
            throws InterruptedException {
        long version = request.get("version").longValue();
        // The job records the request's timestamp as the row's updated_at, which tells a refusal
        // of this request from an older one.
        long sentAt = clock.millis();
        try {
            producer.send(new ProducerRecord<>(topic, null, sentAt, user, request.toString()))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the rule could not be published to Kafka: " + e.getCause().getMessage(),
                    e.getCause());
        }
        long deadline = clock.millis() + verdictTimeout.toMillis();
        while (true) {
            Optional<RuleRow> row = book.find(user, ruleId);
            if (row.isPresent() && row.get().version() >= version) {
                RuleRow rule = row.get();
                return new Verdict(
                        Verdict.Outcome.APPLIED, rule.exists() ? rule : null, null, version);
            }
            if (row.isPresent()
                    && row.get().lastRejection() != null
                    && row.get().updatedAt() != null
                    && row.get().updatedAt().toEpochMilli() >= sentAt) {
                return new Verdict(
                        Verdict.Outcome.REFUSED, null, row.get().lastRejection(), version);
            }
            if (clock.millis() >= deadline) {
                return new Verdict(Verdict.Outcome.PENDING, null, null, version);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }
}
