package io.tradestream.ingestion.tweets;

import io.tradestream.ingestion.feed.UsageException;
import io.tradestream.ingestion.taq.CommandLineArgs;
import io.tradestream.ingestion.taq.CommandLineArgs.Option;
import io.tradestream.ingestion.taq.Sleeper;
import io.tradestream.model.tweets.KeywordDictionary;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.KafkaException;

/** Command line of the live ingester for the X API v2 filtered stream. */
public final class XStreamIngesterMain {
    static final String TOKEN_VARIABLE = "X_BEARER_TOKEN";

    static final String USAGE =
            """
            Usage: tweets stream --symbols AAPL,TSLA [options]
            Reads the X API v2 filtered stream into Kafka. Sets the stream rules (tag
            "tradestream") to match the tickers as cashtags and their company names, then stays
            connected, reconnecting with the backoff X asks for. The app's bearer token is read
            from the environment variable X_BEARER_TOKEN.

              --symbols AAPL,TSLA       the tickers to follow (the users' watchlists)
              --watchlist FILE          more tickers, one per line (# starts a comment)
              --keywords "a,b"          extra phrases to match besides company names
              --no-company-names        match cashtags only
              --api URL                 the API's base URL (default https://api.x.com)
              --bootstrap-servers HOSTS Kafka brokers (default 127.0.0.1:9092)
              --topic NAME              (default tweets)
              --help                    print this help
            Exit status: 0 stopped, 1 X refused the token or Kafka failed, 2 bad command line.
            """;

    private XStreamIngesterMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(TOKEN_VARIABLE), out, err);
    }

    static int run(String[] args, String token, PrintStream out, PrintStream err) {
        List<String> tickers = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        boolean companyNames = true;
        URI api = URI.create("https://api.x.com");
        String servers = "127.0.0.1:9092";
        String topic = "tweets";
        try {
            List<Option> options = CommandLineArgs.parse(args, Set.of("--no-company-names"));
            if (CommandLineArgs.helpAsked(options)) {
                out.print(USAGE);
                return 0;
            }
            for (Option option : options) {
                switch (option.name()) {
                    case "--symbols" ->
                            tickers.addAll(
                                    CommandLineArgs.symbols(
                                            option, List.of(option.value().split(","))));
                    case "--watchlist" ->
                            tickers.addAll(CommandLineArgs.symbols(option, watchlist(option)));
                    case "--keywords" -> keywords.addAll(List.of(option.value().split(",")));
                    case "--no-company-names" -> companyNames = false;
                    case "--api" -> api = URI.create(CommandLineArgs.nonBlank(option));
                    case "--bootstrap-servers" -> servers = CommandLineArgs.nonBlank(option);
                    case "--topic" -> topic = CommandLineArgs.topic(option);
                    default -> throw CommandLineArgs.unknown(option);
                }
            }
            if (tickers.isEmpty()) {
                throw new UsageException(
                        "give the tickers to follow with --symbols or --watchlist");
            }
            if (token == null || token.isBlank()) {
                throw new UsageException("set the app's bearer token in " + TOKEN_VARIABLE);
            }
        } catch (UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for the options.");
            return 2;
        }
        if (companyNames) {
            keywords.addAll(companyNamesOf(tickers));
        }
        try (TweetSink sink = new KafkaTweetSink(servers, topic, "tradestream-x-stream")) {
            XStreamIngester ingester =
                    new XStreamIngester(
                            new XApiClient(api, token),
                            sink,
                            Clock.systemUTC(),
                            Sleeper.SYSTEM,
                            30_000,
                            err);
            Runtime.getRuntime().addShutdownHook(new Thread(ingester::stop, "x-stream-shutdown"));
            ingester.syncRules(StreamRules.build(tickers, keywords));
            out.printf("streaming tweets to %s...%n", topic);
            long tweets = ingester.run();
            out.printf(
                    "stopped after %,d tweets (%,d lines skipped)%n", tweets, ingester.problems());
            return 0;
        } catch (IOException | KafkaException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** The keywords of the default dictionary that stand for one of {@code tickers}. */
    static List<String> companyNamesOf(List<String> tickers) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry :
                KeywordDictionary.defaults().entries().entrySet()) {
            if (entry.getValue().stream().anyMatch(tickers::contains)) {
                names.add(entry.getKey());
            }
        }
        return names;
    }

    private static List<String> watchlist(Option option) throws UsageException {
        try {
            return Files.readAllLines(Path.of(option.value())).stream()
                    .map(line -> line.replaceAll("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UsageException(
                    option.name() + ": cannot read " + option.value() + ": " + e.getMessage());
        }
    }
}
