package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.stack.junit.LocalStackExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared stack of {@link LocalStackExtension}: each server does its job. */
@ExtendWith(LocalStackExtension.class)
class LocalStackIT {
    private static LocalStack stack;

    @BeforeAll
    static void resolveStack(LocalStack shared) {
        stack = shared;
    }

    @Test
    void everyServerRunsAndIsReady() {
        StackStatus status = stack.status();

        assertThat(status.allReady()).isTrue();
        assertThat(status.components())
                .extracting(ComponentStatus::component)
                .containsExactly(Component.KAFKA, Component.CASSANDRA, Component.FLINK);
        assertThat(status.components().get(2).pids())
                .containsOnlyKeys("flink-jobmanager", "flink-taskmanager");
    }

    @Test
    void kafkaAcceptsAndReturnsRecordsOfAMegabyte() throws Exception {
        stack.kafka().createTopics(Map.of("it-round-trip", 1));
        byte[] big = new byte[1024 * 1024];
        Arrays.fill(big, (byte) 'x');

        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>("it-round-trip", bytes("k1"), bytes("hello"))).get();
            producer.send(new ProducerRecord<>("it-round-trip", bytes("k2"), big)).get();
        }
        List<ConsumerRecord<byte[], byte[]>> records = consumeAll("it-round-trip", 2);

        assertThat(records).hasSize(2);
        assertThat(new String(records.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("k1");
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(records.get(1).value()).isEqualTo(big);
    }

    @Test
    void createTopicsIsIdempotent() throws Exception {
        stack.kafka().createTopics(Map.of("it-twice", 3));
        stack.kafka().createTopics(Map.of("it-twice", 3, "it-other", 2));

        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.kafka().bootstrapServers()))) {
            var topics =
                    admin.describeTopics(List.of("it-twice", "it-other")).allTopicNames().get();
            assertThat(topics.get("it-twice").partitions()).hasSize(3);
            assertThat(topics.get("it-other").partitions()).hasSize(2);
        }
        assertThatThrownBy(() -> stack.kafka().createTopics(Map.of("it-twice", 5)))
                .isInstanceOf(StackException.class)
                .hasMessage("Topic it-twice exists with 3 partitions, not 5");
    }

    @Test
    void cassandraAnswersCql() {
        CassandraServer cassandra = stack.cassandra();
        try (CqlSession session =
                CqlSession.builder()
                        .addContactPoint(cassandra.contactPoint())
                        .withLocalDatacenter(cassandra.localDatacenter())
                        .build()) {
            Row local =
                    session.execute("SELECT release_version, data_center FROM system.local").one();
            session.execute(
                    "CREATE KEYSPACE IF NOT EXISTS it WITH replication ="
                            + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
            session.execute("CREATE TABLE IF NOT EXISTS it.kv (k text PRIMARY KEY, v int)");
            session.execute("INSERT INTO it.kv (k, v) VALUES ('answer', 42)");
            Row row = session.execute("SELECT v FROM it.kv WHERE k = 'answer'").one();

            assertThat(local.getString("release_version")).isEqualTo("5.0.9");
            assertThat(local.getString("data_center")).isEqualTo("datacenter1");
            assertThat(row.getInt("v")).isEqualTo(42);
        }
    }

    @Test
    void flinkHasOneTaskManagerWithFourSlots() {
        JsonNode overview = stack.flink().rest().getJson("/overview");

        assertThat(overview.path("taskmanagers").asInt()).isEqualTo(1);
        assertThat(overview.path("slots-total").asInt()).isEqualTo(4);
        assertThat(overview.path("flink-version").asText()).isEqualTo("1.20.5");
    }

    @Test
    void flinkCliSubmitsListsAndCancelsAJobThatCheckpointsIntoTheStackHome() {
        Path jar = Path.of(System.getProperty("example.job.jar"));
        FlinkRestClient rest = stack.flink().rest();

        String jobId =
                stack.flink()
                        .cli()
                        .run(
                                List.of(
                                        "-c",
                                        "org.apache.flink.streaming.examples.statemachine"
                                                + ".StateMachineExample"),
                                jar,
                                List.of("--rps", "100"));
        rest.awaitJobState(jobId, "RUNNING", Duration.ofSeconds(60));

        assertThat(stack.flink().cli().list())
                .containsExactly(new FlinkCli.ListedJob(jobId, "State machine job", "RUNNING"));
        assertThat(rest.jobIds()).containsExactly(jobId);
        assertThat(rest.numRestarts(jobId)).isZero();
        awaitCompletedCheckpoint(rest, jobId);

        stack.flink().cli().cancel(jobId);
        rest.awaitJobState(jobId, "CANCELED", Duration.ofSeconds(30));

        // Retained on cancellation, under the stack's data folder.
        assertThat(stack.home().resolve("data/flink/checkpoints").resolve(jobId)).isDirectory();
    }

    private static void awaitCompletedCheckpoint(FlinkRestClient rest, String jobId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (rest.getJson("/jobs/" + jobId + "/checkpoints")
                        .path("counts")
                        .path("completed")
                        .asInt()
                == 0) {
            assertThat(System.nanoTime()).as("a checkpoint within 60 s").isLessThan(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void flinkRunsWithTheMergedProductionConfig() {
        JsonNode config = stack.flink().rest().getJson("/jobmanager/config");
        Map<String, String> entries = new java.util.HashMap<>();
        config.forEach(
                entry -> entries.put(entry.path("key").asText(), entry.path("value").asText()));

        assertThat(entries)
                .containsEntry("state.backend.type", "rocksdb")
                .containsEntry("execution.checkpointing.interval", "10s")
                .containsEntry("rest.port", Integer.toString(stack.flink().restPort()))
                .containsEntry(
                        "execution.checkpointing.dir",
                        "file://" + stack.home().resolve("data/flink/checkpoints"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static List<ConsumerRecord<byte[], byte[]>> consumeAll(String topic, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
