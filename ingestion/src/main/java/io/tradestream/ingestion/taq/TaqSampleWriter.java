package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.ingestion.feed.UsageException;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a day of the {@link SyntheticMarket} as NYSE Daily TAQ files: a trade file {@code
 * EQY_US_ALL_TRADE_YYYYMMDD} and a quote file {@code EQY_US_ALL_BBO_YYYYMMDD} (each {@code .gz} if
 * compressed), with the full Daily TAQ headers and trailers. The same market config always gives
 * the same bytes, and replaying both files yields the market's events in its own order.
 *
 * <p>Columns the synthetic market has no value for are filled plausibly: the exchange rotates over
 * a few exchange codes, the sequence number counts the file's records, trades are regular
 * ({@code @}, correction {@code 00}), quotes regular ({@code R}).
 */
public final class TaqSampleWriter {

    /** Sample days open with the regular session. */
    public static final LocalTime MARKET_OPEN = LocalTime.of(9, 30);

    private static final String[] EXCHANGES = {"N", "Q", "P", "Z", "K", "V"};

    private TaqSampleWriter() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Writes a sample day as the command line says (see {@link TaqSampleOptions#USAGE}).
     *
     * @return the exit code: 0 written, 1 writing failed, 2 bad command line
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<TaqSampleOptions> parsed;
        try {
            parsed = TaqSampleOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for the options.");
            return TaqReplayMain.USAGE;
        }
        if (parsed.isEmpty()) {
            out.print(TaqSampleOptions.USAGE);
            return TaqReplayMain.OK;
        }
        TaqSampleOptions options = parsed.get();
        try {
            TaqSampleFiles files = write(options.directory(), options.market(), options.gzip());
            out.printf(
                    "wrote %s trades to %s and %s quotes to %s: %d symbols from %s New York time"
                            + " on %s for %s, seed %d%n",
                    ProgressFormat.count(files.tradeCount()),
                    files.trades(),
                    ProgressFormat.count(files.quoteCount()),
                    files.quotes(),
                    options.market().symbols(),
                    MARKET_OPEN,
                    options.date(),
                    ProgressFormat.duration(options.market().duration().toNanos()),
                    options.market().seed());
            return TaqReplayMain.OK;
        } catch (IOException e) {
            err.println("error: cannot write to " + options.directory() + ": " + e);
            return TaqReplayMain.FAILED;
        }
    }

    /**
     * The market of a sample day: {@code symbols} symbols (most active first), from {@link
     * #MARKET_OPEN} New York time on {@code date} for {@code duration}, at the synthetic market's
     * default rates and dynamics.
     */
    public static MarketFeedConfig.Builder sampleDay(
            LocalDate date, int symbols, Duration duration, long seed) {
        return MarketFeedConfig.builder()
                .symbols(symbols)
                .seed(seed)
                .start(ZonedDateTime.of(date, MARKET_OPEN, TaqLayout.EXCHANGE_ZONE).toInstant())
                .duration(duration);
    }

    /** The name of a sample day's trade file. */
    public static String tradeFileName(LocalDate date, boolean gzip) {
        return "EQY_US_ALL_TRADE_" + date.format(TradingDay.YYYYMMDD) + (gzip ? ".gz" : "");
    }

    /** The name of a sample day's quote file. */
    public static String quoteFileName(LocalDate date, boolean gzip) {
        return "EQY_US_ALL_BBO_" + date.format(TradingDay.YYYYMMDD) + (gzip ? ".gz" : "");
    }

    /**
     * Writes the market's events to a trade and a quote file in {@code directory} (created if
     * missing; files of the same names are replaced). The trading date is the New York date of the
     * market's start.
     *
     * @throws IllegalArgumentException if the market has no end or does not end on the day it
     *     starts
     */
    public static TaqSampleFiles write(Path directory, MarketFeedConfig market, boolean gzip)
            throws IOException {
        ZonedDateTime start = market.start().atZone(TaqLayout.EXCHANGE_ZONE);
        LocalDate date = start.toLocalDate();
        if (market.unbounded() || !start.plus(market.duration()).toLocalDate().equals(date)) {
            throw new IllegalArgumentException(
                    "a TAQ file holds one day: the market must end on the day it starts ("
                            + date
                            + ")");
        }
        Files.createDirectories(directory);
        Path tradePath = directory.resolve(tradeFileName(date, gzip));
        Path quotePath = directory.resolve(quoteFileName(date, gzip));
        long trades = 0;
        long quotes = 0;
        try (Writer tradeFile = open(tradePath, gzip);
                Writer quoteFile = open(quotePath, gzip)) {
            tradeFile.write(String.join("|", TaqLayout.TRADE_COLUMNS) + "\n");
            quoteFile.write(String.join("|", TaqLayout.QUOTE_COLUMNS) + "\n");
            SyntheticMarket events = new SyntheticMarket(market);
            while (events.hasNext()) {
                MarketEvent event = events.next();
                if (event.isTrade()) {
                    tradeFile.write(tradeLine(event.trade(), ++trades));
                } else {
                    quoteFile.write(quoteLine(event.quote(), ++quotes));
                }
            }
            tradeFile.write(trailer(date, trades));
            quoteFile.write(trailer(date, quotes));
        }
        return new TaqSampleFiles(tradePath, quotePath, trades, quotes);
    }

    private static Writer open(Path path, boolean gzip) throws IOException {
        OutputStream file = Files.newOutputStream(path);
        OutputStream bytes = gzip ? new GZIPOutputStream(file, 1 << 16) : file;
        return new BufferedWriter(
                new OutputStreamWriter(bytes, StandardCharsets.ISO_8859_1), 1 << 16);
    }

    static String tradeLine(Trade trade, long sequence) {
        String time = time(trade.timestamp());
        return String.join(
                        "|",
                        time,
                        exchange(sequence),
                        TaqLayout.toTaqSymbol(trade.symbol()),
                        "@",
                        Long.toString(trade.size()),
                        price(trade.price()),
                        "",
                        "00",
                        Long.toString(sequence),
                        Long.toString(sequence),
                        "C",
                        "",
                        time,
                        "",
                        "0")
                + "\n";
    }

    static String quoteLine(Quote quote, long sequence) {
        String time = time(quote.timestamp());
        return String.join(
                        "|",
                        time,
                        exchange(sequence),
                        TaqLayout.toTaqSymbol(quote.symbol()),
                        price(quote.bid()),
                        Long.toString(lots(quote.bidSize())),
                        price(quote.ask()),
                        Long.toString(lots(quote.askSize())),
                        "R",
                        Long.toString(sequence),
                        "2",
                        "",
                        "",
                        "",
                        "C",
                        "",
                        "",
                        "",
                        "",
                        "",
                        time,
                        "",
                        "",
                        "")
                + "\n";
    }

    private static String trailer(LocalDate date, long records) {
        return TaqLayout.TRAILER_PREFIX + date.format(TradingDay.YYYYMMDD) + "|" + records + "\n";
    }

    private static String time(long epochMillis) {
        return TaqTime.format(
                Instant.ofEpochMilli(epochMillis)
                        .atZone(TaqLayout.EXCHANGE_ZONE)
                        .toLocalTime()
                        .toNanoOfDay());
    }

    /** The shortest decimal that reads back as the same double. */
    private static String price(double price) {
        return BigDecimal.valueOf(price).toPlainString();
    }

    private static long lots(long shares) {
        if (shares % TaqLayout.ROUND_LOT != 0) {
            throw new IllegalArgumentException(
                    "a quote size of "
                            + shares
                            + " shares is no whole number of round lots, as TAQ needs");
        }
        return shares / TaqLayout.ROUND_LOT;
    }

    private static String exchange(long sequence) {
        return EXCHANGES[(int) (sequence % EXCHANGES.length)];
    }
}
