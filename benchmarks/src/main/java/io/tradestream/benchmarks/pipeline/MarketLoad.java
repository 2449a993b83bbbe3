package io.tradestream.benchmarks.pipeline;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.MarketFeedPublisher;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.ingestion.tweets.FinanceTweets;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.json.MarketJson;
import io.tradestream.model.json.TweetJson;
import io.tradestream.model.tweets.Tweet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Offers load to Kafka in real time at fixed rates: the synthetic market (trades and quotes, half
 * each, over its symbol universe, each event sent when its timestamp is due), probe trades and
 * tweets, each stamped with the wall clock, from one thread.
 */
final class MarketLoad implements AutoCloseable {
    /** How long the producer waits to fill a batch; part of every measured latency. */
    private static final String LINGER_MILLIS = "5";

    /** What one {@link #offer} sent. */
    record Sent(long marketEvents, double seconds) {
        double marketEventsPerSecond() {
            return marketEvents / seconds;
        }
    }

    private final KafkaProducer<String, String> producer;
    private final BenchmarkTopics topics;
    private final MarketFeedConfig market;
    private final Probes probes = new Probes();
    private final ProbeWatcher watcher;
    private final FinanceTweets tweets;
    private final AtomicReference<Exception> deliveryFailure = new AtomicReference<>();
    private SyntheticMarket events;
    private double marketRate;
    private MarketEvent next;
    private long shiftMillis;
    private long lastProbe;

    /**
     * @param market the synthetic market (symbols, seed); its rates and start are set per offer
     * @param tweeted the symbols the tweets talk about
     */
    MarketLoad(
            String bootstrapServers,
            BenchmarkTopics topics,
            MarketFeedConfig market,
            ProbeWatcher watcher,
            List<String> tweeted) {
        Properties settings = MarketFeedPublisher.defaultProducerProperties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MILLIS);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "tradestream-pipeline-benchmark");
        this.producer = new KafkaProducer<>(settings);
        this.topics = topics;
        this.market = market;
        this.watcher = watcher;
        this.tweets = new FinanceTweets(tweeted, market.seed());
    }

    /**
     * Sends for {@code duration}, or until {@code done} holds: {@code eventsPerSecond} market
     * events, and probes and tweets at their rates. Probes are handed to the watcher only when
     * {@code measured}. The market goes on from where the last offer at the same rate left it (its
     * prices), shifted to the present; at a new rate it starts afresh from the same prices, so that
     * every step of a benchmark sees the same kind of market.
     */
    Sent offer(
            double eventsPerSecond,
            double probesPerSecond,
            double tweetsPerSecond,
            Duration duration,
            boolean measured,
            BooleanSupplier done) {
        long startMillis = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        if (events == null || eventsPerSecond != marketRate) {
            events =
                    new SyntheticMarket(
                            market.toBuilder()
                                    .start(Instant.ofEpochMilli(startMillis))
                                    .tradesPerSecond(eventsPerSecond / 2)
                                    .quotesPerSecond(eventsPerSecond / 2)
                                    .build());
            marketRate = eventsPerSecond;
            next = events.next();
            shiftMillis = 0;
        }
        // Market time stands still between offers: the next event is due now, not in the past.
        shiftMillis = Math.max(shiftMillis, startMillis - next.timestamp());
        long endMillis = startMillis + duration.toMillis();
        long marketSent = 0;
        long probesSent = 0;
        long tweetsSent = 0;
        while (true) {
            long now = System.currentTimeMillis();
            // Whatever fell due before the end is sent, late if this thread was held up (a busy
            // machine can stall it for seconds), so that an offer sends all of its events.
            long dueBy = Math.min(now, endMillis - 1);
            while (next.timestamp() + shiftMillis <= dueBy) {
                send(next, next.timestamp() + shiftMillis);
                marketSent++;
                next = events.next();
            }
            while (due(startMillis, probesSent, probesPerSecond) <= dueBy) {
                // Probe times are unique: they name the probe's rows.
                lastProbe = Math.max(now, lastProbe + 1);
                sendProbe(probes.next(lastProbe), measured);
                probesSent++;
            }
            while (due(startMillis, tweetsSent, tweetsPerSecond) <= dueBy) {
                send(tweets.next(now));
                tweetsSent++;
            }
            throwIfDeliveryFailed();
            if (now >= endMillis || done.getAsBoolean()) {
                break;
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
        }
        producer.flush();
        throwIfDeliveryFailed();
        return new Sent(marketSent, (System.nanoTime() - startNanos) / 1e9);
    }

    /** When the {@code index}-th event of a rate is due; never for a rate of 0. */
    private static long due(long startMillis, long index, double perSecond) {
        return perSecond > 0 ? startMillis + (long) (index * 1_000 / perSecond) : Long.MAX_VALUE;
    }

    /** Sends a market event stamped {@code timestamp}. */
    private void send(MarketEvent event, long timestamp) {
        if (event.isTrade()) {
            Trade trade = event.trade();
            send(
                    topics.trades(),
                    trade.symbol(),
                    MarketJson.toJson(
                            new Trade(trade.symbol(), timestamp, trade.price(), trade.size())));
        } else {
            Quote quote = event.quote();
            send(
                    topics.quotes(),
                    quote.symbol(),
                    MarketJson.toJson(
                            new Quote(
                                    quote.symbol(),
                                    timestamp,
                                    quote.bid(),
                                    quote.bidSize(),
                                    quote.ask(),
                                    quote.askSize())));
        }
    }

    private void sendProbe(Probes.Probe probe, boolean measured) {
        Trade trade = probe.trade();
        if (measured && probe.measured()) {
            watcher.sending(trade.symbol(), trade.timestamp(), System.nanoTime());
        }
        send(topics.trades(), trade.symbol(), MarketJson.toJson(trade));
    }

    private void send(Tweet tweet) {
        send(
                topics.tweets(),
                tweet.id(),
                new String(TweetJson.write(tweet), StandardCharsets.UTF_8));
    }

    /** Sends one record, any record also immediately (for the rules, before the load). */
    void send(String topic, String key, String value) {
        producer.send(
                new ProducerRecord<>(topic, key, value),
                (metadata, failure) -> {
                    if (failure != null) {
                        deliveryFailure.compareAndSet(null, failure);
                    }
                });
    }

    void flush() {
        producer.flush();
        throwIfDeliveryFailed();
    }

    private void throwIfDeliveryFailed() {
        Exception failure = deliveryFailure.get();
        if (failure != null) {
            throw new IllegalStateException("Kafka refused a record: " + failure, failure);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
