package io.tradestream.dashboard.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradestream.dashboard.web.JsonBodies;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the {@code alerts} topic from its end and hands each alert to the listeners of its user.
 * One consumer serves every browser connected to this dashboard; it reads committed records only,
 * since the job writes the topic in transactions that an aborted checkpoint rolls back.
 */
public final class AlertFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);
    private static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(15);

    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final Map<String, Set<AlertListener>> listenersByUser = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public AlertFeed(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "tradestream-dashboard-alerts");
        this.consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        this.topic = topic;
        this.thread = new Thread(this::follow, "alert-feed");
        thread.setDaemon(true);
    }

    /** Starts following from the topic's current end: the dashboard shows alerts from now on. */
    public AlertFeed start() {
        List<TopicPartition> partitions =
                consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the end offsets now, so alerts published after start() returns are delivered.
        partitions.forEach(consumer::position);
        thread.start();
        return this;
    }

    /** Calls {@code listener} with the JSON of each of the user's alerts until it is removed. */
    public void subscribe(String user, AlertListener listener) {
        listenersByUser.computeIfAbsent(user, u -> new CopyOnWriteArraySet<>()).add(listener);
    }

    public void unsubscribe(String user, AlertListener listener) {
        listenersByUser.computeIfPresent(
                user,
                (u, listeners) -> {
                    listeners.remove(listener);
                    return listeners.isEmpty() ? null : listeners;
                });
    }

    private void follow() {
        long nextHeartbeat = System.nanoTime() + HEARTBEAT_INTERVAL.toNanos();
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    deliver(record.value());
                }
                if (System.nanoTime() - nextHeartbeat >= 0) {
                    listenersByUser.values().forEach(set -> set.forEach(AlertListener::heartbeat));
                    nextHeartbeat = System.nanoTime() + HEARTBEAT_INTERVAL.toNanos();
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the consumer up.
        } finally {
            consumer.close();
        }
    }

    private void deliver(String record) {
        JsonNode alert;
        try {
            alert = JsonBodies.MAPPER.readTree(record);
        } catch (JsonProcessingException e) {
            LOG.warn("skipped an alert record that is not JSON: {}", e.getOriginalMessage());
            return;
        }
        Set<AlertListener> listeners = listenersByUser.get(alert.path("user_id").asText(""));
        if (listeners != null) {
            String json = camelCase(alert).toString();
            for (AlertListener listener : listeners) {
                listener.alert(json);
            }
        }
    }

    /** The topic's record with the API's field names. */
    static ObjectNode camelCase(JsonNode alert) {
        ObjectNode out = JsonBodies.MAPPER.createObjectNode();
        alert.fields()
                .forEachRemaining(field -> out.set(camelCase(field.getKey()), field.getValue()));
        return out;
    }

    private static String camelCase(String snakeCase) {
        StringBuilder name = new StringBuilder(snakeCase.length());
        boolean upper = false;
        for (char c : snakeCase.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
