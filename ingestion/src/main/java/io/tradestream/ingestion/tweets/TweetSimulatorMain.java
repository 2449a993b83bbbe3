package io.tradestream.ingestion.tweets;

import io.tradestream.ingestion.feed.UsageException;
import io.tradestream.ingestion.taq.CommandLineArgs;
import io.tradestream.ingestion.taq.CommandLineArgs.Option;
import io.tradestream.ingestion.taq.Sleeper;
import io.tradestream.model.rules.Durations;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.KafkaException;

/** Command line of the tweet simulator. */
public final class TweetSimulatorMain {
    static final String USAGE =
            """
            Usage: tweets simulate [options]
            Writes made-up finance tweets (cashtags, company names, emoji, links, retweets, some
            with no ticker) to Kafka in the X API v2 shape. Live by default: stamped now, at the
            given rate, until stopped.

              --rate N                  tweets per second (default 5)
              --symbols AAPL,TSLA       the tickers tweeted about, most popular first (default:
                                        the 30 best-known NASDAQ tickers)
              --seed N                  the same seed gives the same tweets (default 1)
              --start INSTANT           simulate from this time instead, e.g.
                                        2026-11-20T14:30:00Z, as fast as possible; needs
                                        --duration
              --duration D              stop after this much (simulated) time, e.g. 10m
              --bootstrap-servers HOSTS Kafka brokers (default 127.0.0.1:9092)
              --topic NAME              (default tweets)
              --help                    print this help
            """;

    private TweetSimulatorMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        double rate = 5;
        List<String> symbols = FinanceTweets.namedTickers();
        long seed = 1;
        Instant start = null;
        Duration duration = null;
        String servers = "127.0.0.1:9092";
        String topic = "tweets";
        try {
            List<Option> options = CommandLineArgs.parse(args, Set.of());
            if (CommandLineArgs.helpAsked(options)) {
                out.print(USAGE);
                return 0;
            }
            for (Option option : options) {
                switch (option.name()) {
                    case "--rate" -> rate = positive(option);
                    case "--symbols" ->
                            symbols =
                                    CommandLineArgs.symbols(
                                            option, List.of(option.value().split(",")));
                    case "--seed" -> seed = CommandLineArgs.wholeNumber(option);
                    case "--start" -> start = instant(option);
                    case "--duration" -> duration = duration(option);
                    case "--bootstrap-servers" -> servers = CommandLineArgs.nonBlank(option);
                    case "--topic" -> topic = CommandLineArgs.topic(option);
                    default -> throw CommandLineArgs.unknown(option);
                }
            }
            if (start != null && duration == null) {
                throw new UsageException("--start needs --duration");
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for the options.");
            return 2;
        }
        CountDownLatch closed = new CountDownLatch(1);
        try (TweetSink sink = new KafkaTweetSink(servers, topic, "tradestream-tweet-simulator")) {
            TweetSimulator simulator =
                    new TweetSimulator(new FinanceTweets(symbols, seed), sink, rate);
            long sent;
            if (start != null) {
                sent = simulator.simulate(start, duration);
            } else {
                // On SIGTERM the JVM exits once the tweets sent are flushed.
                Runtime.getRuntime()
                        .addShutdownHook(
                                new Thread(
                                        () -> {
                                            simulator.stop();
                                            awaitQuietly(closed);
                                        },
                                        "tweet-simulator-shutdown"));
                out.printf("Sending %s tweets/s to %s at %s...%n", rate, topic, servers);
                sent = simulator.live(Clock.systemUTC(), Sleeper.SYSTEM, duration);
            }
            out.printf("sent %,d tweets%n", sent);
            return 0;
        } catch (KafkaException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            closed.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch closed) {
        try {
            closed.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double positive(Option option) throws UsageException {
        double value = CommandLineArgs.number(option);
        if (!(value > 0) || value > 100_000) {
            throw new UsageException(option.name() + ": expected above 0 and at most 100000");
        }
        return value;
    }

    private static Instant instant(Option option) throws UsageException {
        try {
            return Instant.parse(option.value());
        } catch (DateTimeException e) {
            throw new UsageException(
                    option.name()
                            + ": expected a time such as 2026-11-20T14:30:00Z, got '"
                            + option.value()
                            + "'");
        }
    }

    private static Duration duration(Option option) throws UsageException {
        try {
            return Duration.ofMillis(Durations.parseMillis(option.value()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option.name() + ": " + e.getMessage());
        }
    }
}
