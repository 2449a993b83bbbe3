package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.feed.UsageException;
import io.tradestream.model.Symbols;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of {@link TaqReplayMain}.
 *
 * @param files trade files first, then quote files, each in the order given: at equal times events
 *     keep this order
 * @param symbols the tickers to replay; empty for all
 * @param speed how fast
 * @param s3 how to reach files in S3
 * @param bootstrapServers the Kafka brokers
 * @param tradesTopic topic for trades
 * @param quotesTopic topic for quotes
 * @param malformedShown how many malformed lines to print in full
 */
record TaqReplayOptions(
        List<TaqFile> files,
        Set<String> symbols,
        ReplaySpeed speed,
        S3Settings s3,
        String bootstrapServers,
        String tradesTopic,
        String quotesTopic,
        int malformedShown) {

    static final String USAGE =
            """
            Usage: taq-replay --trades FILE --quotes FILE [options]
            Replays NYSE Daily TAQ trade and quote files to Kafka, merged in time order: trades
            and quotes as JSON, keyed by symbol, like the market feed.

              --trades FILE|s3://BUCKET/KEY  a trade file, e.g. EQY_US_ALL_TRADE_20261120.gz;
                                             repeat for several
              --quotes FILE|s3://BUCKET/KEY  a quote file, e.g. EQY_US_ALL_BBO_20261120.gz or
                                             SPLITS_US_ALL_BBO_A_20261120.gz; repeat for several
              --date YYYYMMDD                trading date of every file (default: the date in
                                             each file's name)
              --speed max|realtime|N         max: as fast as possible; realtime; N: N times
                                             faster than real time, e.g. 10 or 0.5 (default max)
              --symbols AAPL,BRK.B           replay only these symbols (default: all)
              --bootstrap-servers HOSTS      Kafka brokers (default 127.0.0.1:9092)
              --trades-topic NAME            (default trades)
              --quotes-topic NAME            (default quotes)
              --show-malformed N             malformed lines to print in full (default 20);
                                             all of them are counted
              --s3-region REGION             the bucket's region (default: AWS_REGION or the
                                             AWS profile's region, else us-east-1)
              --s3-endpoint URL              an S3-compatible store, e.g. http://127.0.0.1:9000
              --s3-path-style                address buckets as URL/BUCKET/KEY, as most
                                             S3-compatible stores need
              --s3-no-sign-request           anonymous requests, for public buckets
              --help                         print this help
            Files are plain or gzip-compressed, told by their first bytes. Columns are found by
            their header names. Times are New York times, HHMMSS and 0 to 9 digits of fractional
            seconds; quote sizes are round lots of 100 shares. Quotes without a bid or an offer
            are skipped and counted; malformed lines are reported with file, line and reason.
            S3 credentials come from the AWS default chain: AWS_ACCESS_KEY_ID and
            AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ~/.aws/credentials, a container or instance role.
            Exit status: 0 replayed (malformed lines included), 1 a file or Kafka failed, 2 bad
            command line. Stop with Ctrl-C: what was sent is flushed before exiting.
            """;

    static final int DEFAULT_MALFORMED_SHOWN = 20;

    private static final Set<String> FLAGS = Set.of("--s3-path-style", "--s3-no-sign-request");

    /**
     * @return the options, or empty if help was asked for
     * @throws UsageException naming the offending option
     */
    static Optional<TaqReplayOptions> parse(String[] args) throws UsageException {
        List<CommandLineArgs.Option> options = CommandLineArgs.parse(args, FLAGS);
        if (CommandLineArgs.helpAsked(options)) {
            return Optional.empty();
        }
        List<String> trades = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        Optional<LocalDate> date = Optional.empty();
        ReplaySpeed speed = ReplaySpeed.MAX;
        Set<String> symbols = Set.of();
        String bootstrapServers = "127.0.0.1:9092";
        String tradesTopic = "trades";
        String quotesTopic = "quotes";
        int malformedShown = DEFAULT_MALFORMED_SHOWN;
        Optional<String> region = Optional.empty();
        Optional<URI> endpoint = Optional.empty();
        boolean pathStyle = false;
        boolean unsigned = false;
        for (CommandLineArgs.Option option : options) {
            switch (option.name()) {
                case "--trades" -> trades.add(option.value());
                case "--quotes" -> quotes.add(option.value());
                case "--date" -> date = Optional.of(CommandLineArgs.date(option));
                case "--speed" -> speed = speed(option);
                case "--symbols" -> symbols = symbols(option);
                case "--bootstrap-servers" -> bootstrapServers = CommandLineArgs.nonBlank(option);
                case "--trades-topic" -> tradesTopic = CommandLineArgs.topic(option);
                case "--quotes-topic" -> quotesTopic = CommandLineArgs.topic(option);
                case "--show-malformed" ->
                        malformedShown = CommandLineArgs.count(option, 0, 1_000_000);
                case "--s3-region" -> region = Optional.of(CommandLineArgs.nonBlank(option));
                case "--s3-endpoint" -> endpoint = Optional.of(endpoint(option));
                case "--s3-path-style" -> pathStyle = true;
                case "--s3-no-sign-request" -> unsigned = true;
                default -> throw CommandLineArgs.unknown(option);
            }
        }
        if (trades.isEmpty() && quotes.isEmpty()) {
            throw new UsageException("give a file to replay: --trades FILE and/or --quotes FILE");
        }
        if (tradesTopic.equals(quotesTopic)) {
            throw new UsageException("trades and quotes need different topics");
        }
        List<TaqFile> files = new ArrayList<>();
        for (String trade : trades) {
            files.add(file("--trades", trade, TaqKind.TRADES, date));
        }
        for (String quote : quotes) {
            files.add(file("--quotes", quote, TaqKind.QUOTES, date));
        }
        return Optional.of(
                new TaqReplayOptions(
                        List.copyOf(files),
                        symbols,
                        speed,
                        new S3Settings(region, endpoint, pathStyle, unsigned),
                        bootstrapServers,
                        tradesTopic,
                        quotesTopic,
                        malformedShown));
    }

    private static TaqFile file(String option, String text, TaqKind kind, Optional<LocalDate> date)
            throws UsageException {
        TaqLocation location;
        try {
            location = TaqLocation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
        Optional<LocalDate> tradingDate =
                date.or(() -> TradingDay.fromFileName(location.fileName()));
        if (tradingDate.isEmpty()) {
            throw new UsageException(
                    option
                            + ": cannot tell the trading date of "
                            + text
                            + ": its name has no YYYYMMDD date; give --date YYYYMMDD");
        }
        return new TaqFile(location, kind, tradingDate.get());
    }

    private static ReplaySpeed speed(CommandLineArgs.Option option) throws UsageException {
        try {
            return ReplaySpeed.parse(option.value());
        } catch (IllegalArgumentException e) {
            throw new UsageException(option.name() + ": " + e.getMessage());
        }
    }

    /** Comma-separated tickers; TAQ's {@code BRK B} and lower case are accepted too. */
    private static Set<String> symbols(CommandLineArgs.Option option) throws UsageException {
        Set<String> symbols = new LinkedHashSet<>();
        for (String part : option.value().split(",")) {
            String ticker = TaqLayout.toTicker(part).toUpperCase(Locale.ROOT);
            if (!Symbols.isValid(ticker)) {
                throw new UsageException(
                        option.name()
                                + ": '"
                                + part.strip()
                                + "' is not a ticker: "
                                + Symbols.FORMAT_DESCRIPTION);
            }
            symbols.add(ticker);
        }
        return Set.copyOf(symbols);
    }

    private static URI endpoint(CommandLineArgs.Option option) throws UsageException {
        try {
            URI uri = new URI(option.value().strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException(
                option.name()
                        + ": expected an http:// or https:// URL such as http://127.0.0.1:9000,"
                        + " got '"
                        + option.value()
                        + "'");
    }
}
