package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.UsageException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of {@link TaqSampleWriter}.
 *
 * @param directory where the files go
 * @param date the trading day
 * @param market what to simulate, from the market open of that day
 * @param gzip whether to compress the files
 */
record TaqSampleOptions(Path directory, LocalDate date, MarketFeedConfig market, boolean gzip) {

    static final String USAGE =
            """
            Usage: taq-sample --out DIR --date YYYYMMDD [options]
            Writes a day of the synthetic market as NYSE Daily TAQ files, EQY_US_ALL_TRADE_YYYYMMDD
            and EQY_US_ALL_BBO_YYYYMMDD, from 09:30 New York time. The same options give the same
            files.

              --out DIR                  folder for the files (created if missing)
              --date YYYYMMDD            the trading day
              --minutes N                minutes of market from 09:30, 1 to 870 (default 10)
              --symbols N                symbols, 1 to 100000 (default 50)
              --seed N                   random seed (default 1)
              --trades-per-second R      trades per second over all symbols (default 500)
              --quotes-per-second R      quotes per second over all symbols (default 500)
              --gzip                     compress the files (names end in .gz)
              --help                     print this help
            """;

    /** From 09:30 to midnight. */
    static final int MAX_MINUTES = 870;

    /**
     * @return the options, or empty if help was asked for
     * @throws UsageException naming the offending option
     */
    static Optional<TaqSampleOptions> parse(String[] args) throws UsageException {
        List<CommandLineArgs.Option> options = CommandLineArgs.parse(args, Set.of("--gzip"));
        if (CommandLineArgs.helpAsked(options)) {
            return Optional.empty();
        }
        Path directory = null;
        LocalDate date = null;
        int minutes = 10;
        int symbols = 50;
        long seed = 1;
        Double tradesPerSecond = null;
        Double quotesPerSecond = null;
        boolean gzip = false;
        for (CommandLineArgs.Option option : options) {
            switch (option.name()) {
                case "--out" -> directory = directory(option);
                case "--date" -> date = CommandLineArgs.date(option);
                case "--minutes" -> minutes = CommandLineArgs.count(option, 1, MAX_MINUTES);
                case "--symbols" ->
                        symbols = CommandLineArgs.count(option, 1, MarketFeedConfig.MAX_SYMBOLS);
                case "--seed" -> seed = CommandLineArgs.wholeNumber(option);
                case "--trades-per-second" -> tradesPerSecond = CommandLineArgs.number(option);
                case "--quotes-per-second" -> quotesPerSecond = CommandLineArgs.number(option);
                case "--gzip" -> gzip = true;
                default -> throw CommandLineArgs.unknown(option);
            }
        }
        if (directory == null || date == null) {
            throw new UsageException("--out DIR and --date YYYYMMDD are required");
        }
        MarketFeedConfig.Builder market =
                TaqSampleWriter.sampleDay(date, symbols, Duration.ofMinutes(minutes), seed);
        if (tradesPerSecond != null) {
            market.tradesPerSecond(tradesPerSecond);
        }
        if (quotesPerSecond != null) {
            market.quotesPerSecond(quotesPerSecond);
        }
        try {
            return Optional.of(new TaqSampleOptions(directory, date, market.build(), gzip));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Path directory(CommandLineArgs.Option option) throws UsageException {
        try {
            return Path.of(CommandLineArgs.nonBlank(option));
        } catch (InvalidPathException e) {
            throw new UsageException(option.name() + ": not a folder path: " + e.getMessage());
        }
    }
}
