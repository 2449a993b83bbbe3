package io.tradestream.ingestion.feed;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.json.MarketJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes market events to Kafka as {@link MarketJson}: trades to one topic, quotes to another,
 * each record keyed by its symbol so that a symbol's events share a partition and stay in order.
 *
 * <p>One thread publishes; {@link #stop()} may be called from any other (a shutdown hook) and makes
 * the current {@code publish} return after the event in hand. {@link #close()} flushes and closes
 * the producer.
 */
public final class MarketFeedPublisher implements AutoCloseable {

    /** How often {@link ProgressListener#progress} is called, in wall-clock time. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    /** Longest single sleep of realtime pacing, so that a stop request is seen quickly. */
    private static final long MAX_SLEEP_MILLIS = 200;

    /** Receives the publisher's progress, on the publishing thread. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(PublishStats stats);
    }

    private final Producer<String, String> producer;
    private final String tradesTopic;
    private final String quotesTopic;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicReference<Exception> deliveryFailure = new AtomicReference<>();
    private volatile boolean stopRequested;

    /**
     * @param producerProperties Kafka producer settings, at least {@code bootstrap.servers}; the
     *     settings of {@link #defaultProducerProperties} apply where these have none
     * @param tradesTopic topic for trades
     * @param quotesTopic topic for quotes
     */
    public MarketFeedPublisher(
            Properties producerProperties, String tradesTopic, String quotesTopic) {
        this(createProducer(producerProperties), tradesTopic, quotesTopic);
    }

    /** For tests, with Kafka's {@code MockProducer}. */
    MarketFeedPublisher(Producer<String, String> producer, String tradesTopic, String quotesTopic) {
        this.producer = producer;
        this.tradesTopic = tradesTopic;
        this.quotesTopic = quotesTopic;
    }

    private static Producer<String, String> createProducer(Properties producerProperties) {
        Properties settings = defaultProducerProperties();
        settings.putAll(producerProperties);
        return new KafkaProducer<>(settings);
    }

    /**
     * Durable, ordered and batched: every record acknowledged by all in-sync replicas, idempotent
     * (no duplicates or reordering on retry), and sent in lz4-compressed batches that wait up to 20
     * ms to fill, which keeps a 2-core laptop's broker from handling thousands of tiny requests.
     */
    public static Properties defaultProducerProperties() {
        Properties settings = new Properties();
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, "131072");
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "tradestream-market-feed");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return settings;
    }

    /**
     * Publishes the whole (finite) market as fast as possible and waits until every record is
     * acknowledged.
     *
     * @throws IllegalArgumentException if the config has no end
     * @throws KafkaException if a record could not be delivered
     */
    public PublishStats publish(MarketFeedConfig config) {
        if (config.unbounded()) {
            throw new IllegalArgumentException("the market has no end: give it a duration");
        }
        return publish(new SyntheticMarket(config), Long.MAX_VALUE, Pace.MAX, stats -> {});
    }

    /**
     * Publishes the first {@code maxEvents} events (fewer if the market ends first) as fast as
     * possible and waits until every record is acknowledged.
     *
     * @throws KafkaException if a record could not be delivered
     */
    public PublishStats publish(Iterator<MarketEvent> events, long maxEvents) {
        return publish(events, maxEvents, Pace.MAX, stats -> {});
    }

    /**
     * Publishes until {@code events} ends, {@code maxEvents} are sent or {@link #stop()} is called,
     * then flushes: when it returns, every sent record is acknowledged.
     *
     * @param listener called every {@link #PROGRESS_INTERVAL}
     * @throws KafkaException if a record could not be delivered (sending stops at the first
     *     failure)
     */
    public PublishStats publish(
            Iterator<MarketEvent> events, long maxEvents, Pace pace, ProgressListener listener) {
        long startNanos = System.nanoTime();
        long acknowledgedBefore = acknowledged.get();
        long nextProgressNanos = startNanos + PROGRESS_INTERVAL.toNanos();
        RealtimePacer pacer = new RealtimePacer(System::nanoTime);
        long trades = 0;
        long quotes = 0;
        long lastTimestamp = Long.MIN_VALUE;
        while (!stopRequested && trades + quotes < maxEvents && events.hasNext()) {
            MarketEvent event = events.next();
            if (pace == Pace.REALTIME && !awaitDue(pacer, event.timestamp())) {
                break;
            }
            send(event);
            if (event.isTrade()) {
                trades++;
            } else {
                quotes++;
            }
            lastTimestamp = event.timestamp();
            if (System.nanoTime() >= nextProgressNanos) {
                nextProgressNanos += PROGRESS_INTERVAL.toNanos();
                listener.progress(
                        stats(
                                trades,
                                quotes,
                                acknowledged.get() - acknowledgedBefore,
                                startNanos,
                                lastTimestamp));
            }
            throwIfDeliveryFailed();
        }
        producer.flush();
        throwIfDeliveryFailed();
        return stats(
                trades, quotes, acknowledged.get() - acknowledgedBefore, startNanos, lastTimestamp);
    }

    /** Makes a running {@code publish} return soon, with every sent record flushed. */
    public void stop() {
        stopRequested = true;
    }

    /** Flushes what was sent and closes the producer. */
    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }

    private void send(MarketEvent event) {
        ProducerRecord<String, String> record =
                event.isTrade()
                        ? new ProducerRecord<>(
                                tradesTopic, event.symbol(), MarketJson.toJson(event.trade()))
                        : new ProducerRecord<>(
                                quotesTopic, event.symbol(), MarketJson.toJson(event.quote()));
        producer.send(
                record,
                (metadata, exception) -> {
                    if (exception == null) {
                        acknowledged.incrementAndGet();
                    } else {
                        deliveryFailure.compareAndSet(null, exception);
                    }
                });
    }

    /** Sleeps until the event is due; false if a stop was requested meanwhile. */
    private boolean awaitDue(RealtimePacer pacer, long timestamp) {
        long wait;
        while (!stopRequested && (wait = pacer.millisUntilDue(timestamp)) > 0) {
            try {
                Thread.sleep(Math.min(wait, MAX_SLEEP_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopRequested = true;
            }
        }
        return !stopRequested;
    }

    private void throwIfDeliveryFailed() {
        Exception failure = deliveryFailure.get();
        if (failure != null) {
            throw new KafkaException("a market event could not be delivered: " + failure, failure);
        }
    }

    private static PublishStats stats(
            long trades, long quotes, long acknowledged, long startNanos, long lastTimestamp) {
        return new PublishStats(
                trades,
                quotes,
                acknowledged,
                Duration.ofNanos(System.nanoTime() - startNanos),
                lastTimestamp == Long.MIN_VALUE
                        ? Optional.empty()
                        : Optional.of(Instant.ofEpochMilli(lastTimestamp)));
    }
}
