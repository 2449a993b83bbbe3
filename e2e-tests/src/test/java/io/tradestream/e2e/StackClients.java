package io.tradestream.e2e;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import io.tradestream.stack.CassandraServer;
import io.tradestream.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Clients of the shared local stack that the integration tests use to feed and inspect it. */
final class StackClients {
    private StackClients() {}

    /** Writes records in order, each {key, value}, to one topic and waits for every ack. */
    static void produce(LocalStack stack, String topic, List<String[]> keyedValues)
            throws Exception {
        List<String[]> records = new ArrayList<>(keyedValues.size());
        for (String[] keyValue : keyedValues) {
            records.add(new String[] {topic, keyValue[0], keyValue[1]});
        }
        produceAll(stack, records, null);
    }

    /**
     * Writes records in order, each {topic, key, value}, without waiting for each ack before the
     * next send (the idempotent producer keeps their order), and returns once all are acknowledged;
     * fails if any was not.
     *
     * @param timestamp every record's timestamp, or null for the time of sending
     */
    static void produceAll(LocalStack stack, List<String[]> topicKeyValues, Long timestamp)
            throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        // One record is a 1 MB string in the bad-input test.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024));
        List<Future<RecordMetadata>> acks = new ArrayList<>(topicKeyValues.size());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String[] record : topicKeyValues) {
                acks.add(
                        producer.send(
                                new ProducerRecord<>(
                                        record[0],
                                        null,
                                        timestamp,
                                        bytes(record[1]),
                                        bytes(record[2]))));
            }
            producer.flush();
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    /**
     * Every record of a topic that a {@code read_committed} reader can see now, from the start to
     * the last stable offset of each partition.
     */
    static List<String> readAllCommitted(LocalStack stack, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    values.add(new String(record.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /** The offsets consumer group {@code group} has committed on {@code topic}, summed. */
    static long committedOffsets(LocalStack stack, String group, String topic) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return admin
                    .listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .entrySet()
                    .stream()
                    .filter(entry -> entry.getKey().topic().equals(topic))
                    .mapToLong(entry -> entry.getValue().offset())
                    .sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e);
        }
    }

    /**
     * Reads a topic from the start with {@code read_committed} until {@code expected} records
     * arrived (or the timeout passes), then a little longer to catch any extra record.
     */
    static List<String> readCommitted(
            LocalStack stack, String topic, int expected, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long extraUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, extraUntil)) {
                for (ConsumerRecord<byte[], byte[]> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    values.add(new String(record.value(), StandardCharsets.UTF_8));
                }
                if (values.size() >= expected && extraUntil == Long.MAX_VALUE) {
                    extraUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return values;
    }

    /**
     * Waits until consumer group {@code group} has committed offsets at the end of every partition
     * of {@code topics}. The job's Kafka source commits on checkpoint completion, so then every
     * record written so far has been processed by every operator.
     */
    static void awaitConsumed(LocalStack stack, String group, List<String> topics, Duration timeout)
            throws InterruptedException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            await(
                    "group " + group + " to consume " + topics,
                    timeout,
                    () -> {
                        try {
                            Map<TopicPartition, OffsetAndMetadata> committed =
                                    admin.listConsumerGroupOffsets(group)
                                            .partitionsToOffsetAndMetadata()
                                            .get();
                            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                            for (var partitions :
                                    admin.describeTopics(topics).allTopicNames().get().values()) {
                                partitions
                                        .partitions()
                                        .forEach(
                                                p ->
                                                        latest.put(
                                                                new TopicPartition(
                                                                        partitions.name(),
                                                                        p.partition()),
                                                                OffsetSpec.latest()));
                            }
                            var ends = admin.listOffsets(latest).all().get();
                            return ends.entrySet().stream()
                                    .allMatch(
                                            end ->
                                                    committed.containsKey(end.getKey())
                                                            && committed.get(end.getKey()).offset()
                                                                    >= end.getValue().offset());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        } catch (ExecutionException e) {
                            return false;
                        }
                    });
        }
    }

    /** A session with the stack's Cassandra, as its superuser if it asks clients to log in. */
    static CqlSession cql(LocalStack stack) {
        CqlSessionBuilder builder =
                CqlSession.builder()
                        .addContactPoint(stack.cassandra().contactPoint())
                        .withLocalDatacenter(stack.cassandra().localDatacenter());
        if (stack.cassandra().authentication()) {
            builder.withAuthCredentials(
                    CassandraServer.SUPERUSER, CassandraServer.SUPERUSER_PASSWORD);
        }
        return builder.build();
    }

    /** Polls until {@code condition} holds, or fails with {@code what} after the timeout. */
    static void await(String what, Duration timeout, Supplier<Boolean> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
