package io.tradestream.ingestion.tweets;

import io.tradestream.ingestion.feed.UsageException;
import io.tradestream.ingestion.taq.CommandLineArgs;
import io.tradestream.ingestion.taq.CommandLineArgs.Option;
import io.tradestream.ingestion.taq.ReplaySpeed;
import io.tradestream.ingestion.taq.Sleeper;
import io.tradestream.ingestion.taq.TaqFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.KafkaException;

/** Command line of the tweet replay: JSON-lines files of API v2 tweets to the tweets topic. */
public final class TweetReplayMain {
    static final String USAGE =
            """
            Usage: tweets replay --file FILE [--file FILE ...] [options]
            Replays JSON-lines files of tweets in the X API v2 shape (one tweet object, or the
            filtered stream's {"data":{...}} envelope, per line; plain or gzip) to Kafka.

              --file FILE               a file to replay; repeat for several, replayed in order
              --speed max|realtime|N    max: as fast as possible; realtime; N: N times faster
                                        than the tweets' own pace (default max)
              --shift-to-now            move every tweet's time by the same amount so that the
                                        first one is now (old tweets arrive as live ones)
              --bootstrap-servers HOSTS Kafka brokers (default 127.0.0.1:9092)
              --topic NAME              (default tweets)
              --show-malformed N        malformed lines to print in full (default 20); all are
                                        counted
              --help                    print this help
            Exit status: 0 replayed (malformed lines included), 1 a file or Kafka failed, 2 bad
            command line.
            """;

    private TweetReplayMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        ReplaySpeed speed = ReplaySpeed.MAX;
        boolean shiftToNow = false;
        String servers = "127.0.0.1:9092";
        String topic = "tweets";
        int showMalformed = 20;
        try {
            List<Option> options = CommandLineArgs.parse(args, Set.of("--shift-to-now"));
            if (CommandLineArgs.helpAsked(options)) {
                out.print(USAGE);
                return 0;
            }
            for (Option option : options) {
                switch (option.name()) {
                    case "--file" -> files.add(Path.of(option.value()));
                    case "--speed" -> speed = speed(option);
                    case "--shift-to-now" -> shiftToNow = true;
                    case "--bootstrap-servers" -> servers = CommandLineArgs.nonBlank(option);
                    case "--topic" -> topic = CommandLineArgs.topic(option);
                    case "--show-malformed" ->
                            showMalformed = CommandLineArgs.count(option, 0, 1_000_000);
                    default -> throw CommandLineArgs.unknown(option);
                }
            }
            if (files.isEmpty()) {
                throw new UsageException("give at least one --file");
            }
            for (Path file : files) {
                if (!Files.isReadable(file)) {
                    throw new UsageException("cannot read " + file);
                }
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for the options.");
            return 2;
        }
        try (TweetSink sink = new KafkaTweetSink(servers, topic, "tradestream-tweet-replay")) {
            TweetReplay.Summary summary =
                    new TweetReplay(
                                    sink,
                                    speed,
                                    shiftToNow,
                                    Clock.systemUTC(),
                                    System::nanoTime,
                                    Sleeper.SYSTEM,
                                    err,
                                    showMalformed)
                            .replay(files);
            out.printf(
                    "replayed %,d tweets from %,d lines (%,d malformed) in %.1f s%n",
                    summary.sent(),
                    summary.lines(),
                    summary.malformed(),
                    summary.elapsedNanos() / 1e9);
            return 0;
        } catch (IOException | TaqFormatException | KafkaException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("replay interrupted");
            return 1;
        }
    }

    private static ReplaySpeed speed(Option option) throws UsageException {
        try {
            return ReplaySpeed.parse(option.value());
        } catch (IllegalArgumentException e) {
            throw new UsageException(option.name() + ": " + e.getMessage());
        }
    }
}
