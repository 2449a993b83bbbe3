package io.tradestream.ingestion.feed;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;

/**
 * Command line of the synthetic market feed: publishes to Kafka, prints a progress line every few
 * seconds and a summary at the end. Ctrl-C (SIGINT) or SIGTERM stop it cleanly: what was sent is
 * flushed before the JVM exits. Exit codes: 0 done, 1 publishing failed, 2 bad command line.
 */
public final class MarketFeedMain {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** How long a shutdown hook waits for the feed to flush and close the producer. */
    private static final long SHUTDOWN_GRACE_SECONDS = 40;

    private MarketFeedMain() {}

    public static void main(String[] args) {
        // Before any logger exists: a log4j2 file of its own, so that this jar does not take over
        // the configuration of an application that has it on its classpath.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-market-feed.xml");
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<MarketFeedOptions> options;
        try {
            options = MarketFeedOptions.parse(args, Clock.systemUTC());
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for the options.");
            return USAGE;
        }
        if (options.isEmpty()) {
            out.print(MarketFeedOptions.USAGE);
            return OK;
        }
        return feed(options.get(), out, err);
    }

    private static int feed(MarketFeedOptions options, PrintStream out, PrintStream err) {
        MarketFeedConfig market = options.market();
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        out.printf(
                "market feed: %d symbols, %s trades/s + %s quotes/s of event time from %s, %s,"
                        + " seed %d, pace %s -> %s (trades: %s, quotes: %s)%n",
                market.symbols(),
                number(market.tradesPerSecond()),
                number(market.quotesPerSecond()),
                market.start(),
                market.unbounded()
                        ? "until stopped"
                        : "for " + market.duration().toMillis() / 1000.0 + " s",
                market.seed(),
                options.pace().name().toLowerCase(Locale.ROOT),
                options.bootstrapServers(),
                options.tradesTopic(),
                options.quotesTopic());

        CountDownLatch closed = new CountDownLatch(1);
        try (MarketFeedPublisher publisher =
                new MarketFeedPublisher(producer, options.tradesTopic(), options.quotesTopic())) {
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> stopAndAwait(publisher, closed), "market-feed-shutdown"));
            PublishStats summary =
                    publisher.publish(
                            new SyntheticMarket(market),
                            Long.MAX_VALUE,
                            options.pace(),
                            stats -> out.println(describe(stats)));
            out.println("done: " + describe(summary));
            return OK;
        } catch (KafkaException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } finally {
            closed.countDown();
        }
    }

    /** Runs in the shutdown hook: the JVM exits once the feed has flushed and closed. */
    private static void stopAndAwait(MarketFeedPublisher publisher, CountDownLatch closed) {
        publisher.stop();
        try {
            closed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String describe(PublishStats stats) {
        return String.format(
                Locale.ROOT,
                "sent %,d events (%,d trades, %,d quotes), %,d acknowledged, in %.1f s: %,.0f"
                        + " events/s%s",
                stats.events(),
                stats.trades(),
                stats.quotes(),
                stats.acknowledged(),
                stats.elapsed().toMillis() / 1000.0,
                stats.eventsPerSecond(),
                stats.lastEventTime().map(t -> ", event time " + t).orElse(""));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
