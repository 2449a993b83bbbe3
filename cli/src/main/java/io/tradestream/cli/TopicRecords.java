package io.tradestream.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** {@code send} and {@code read}: one record into a topic, or a topic's records out. */
final class TopicRecords {
    /** Reading stops after this long without a new record, unless following. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    private final String bootstrapServers;

    TopicRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Writes {@code value} to {@code topic}, keyed by {@code key} (may be null). */
    void send(String topic, String key, String value)
            throws ExecutionException, InterruptedException {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /**
     * Prints the committed records of {@code topic} from the beginning, one JSON line each, until
     * {@code max} records or a quiet spell (or forever when following).
     */
    void read(String topic, long max, boolean follow, PrintStream out) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // A throwaway group: reading never moves the job's or anyone else's offsets.
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "tradestream-cli-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // The job writes these topics in transactions: show only what was committed.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long printed = 0;
            long quietSince = System.nanoTime();
            while (printed < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    out.println(record.value());
                    if (++printed >= max) {
                        break;
                    }
                }
                if (!records.isEmpty()) {
                    quietSince = System.nanoTime();
                } else if (!follow && System.nanoTime() - quietSince > QUIET.toNanos()) {
                    break;
                }
            }
        }
    }
}
