package io.tradestream.ingestion.feed;

import io.tradestream.model.rules.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The command line of {@link MarketFeedMain}.
 *
 * @param bootstrapServers the Kafka brokers
 * @param tradesTopic topic for trades
 * @param quotesTopic topic for quotes
 * @param pace realtime or as fast as possible
 * @param market what to simulate
 */
public record MarketFeedOptions(
        String bootstrapServers,
        String tradesTopic,
        String quotesTopic,
        Pace pace,
        MarketFeedConfig market) {

    public static final String USAGE =
            """
            Usage: market-feed [options]
            Publishes a synthetic market (trades and quotes as JSON, keyed by symbol) to Kafka.

              --bootstrap-servers HOSTS   Kafka brokers (default 127.0.0.1:9092)
              --symbols N                 universe size, 1 to 100000 (default 3200)
              --trades-per-second R       trades per second of event time (default 500)
              --quotes-per-second R       quotes per second of event time (default 500)
              --duration D                event time to simulate: 30s, 10m, 2h, or 0 to run
                                          until stopped (default 0)
              --seed N                    random seed; the same options give the same events
                                          (default 1)
              --start T                   event time of the first event: an ISO-8601 instant
                                          such as 2025-01-02T14:30:00Z, or now (default now)
              --pace realtime|max         realtime: event time follows the wall clock;
                                          max: as fast as possible (default realtime)
              --trades-topic NAME         (default trades)
              --quotes-topic NAME         (default quotes)
              --volatility V              annualised volatility of prices (default 0.5)
              --jump-probability P        chance of a price jump per event (default 0.00002)
              --jump-size F               typical jump as a fraction of the price (default 0.03)
              --zipf-exponent S           skew of activity across symbols (default 1.1)
              --help                      print this help
            Stop with Ctrl-C: what was sent is flushed before exiting.
            """;

    /**
     * @param clock gives the instant of {@code --start now}
     * @return the options, or empty if help was asked for
     * @throws UsageException naming the offending option
     */
    public static Optional<MarketFeedOptions> parse(String[] args, Clock clock)
            throws UsageException {
        String bootstrapServers = "127.0.0.1:9092";
        String tradesTopic = "trades";
        String quotesTopic = "quotes";
        Pace pace = Pace.REALTIME;
        Instant start = null;
        MarketFeedConfig.Builder market = MarketFeedConfig.builder();

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (name.equals("--help") || name.equals("-h")) {
                return Optional.empty();
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--bootstrap-servers" -> bootstrapServers = nonBlank(name, value);
                case "--trades-topic" -> tradesTopic = topic(name, value);
                case "--quotes-topic" -> quotesTopic = topic(name, value);
                case "--symbols" -> market.symbols(count(name, value));
                case "--trades-per-second" -> market.tradesPerSecond(number(name, value));
                case "--quotes-per-second" -> market.quotesPerSecond(number(name, value));
                case "--duration" -> market.duration(duration(name, value));
                case "--seed" -> market.seed(wholeNumber(name, value));
                case "--start" -> start = instant(name, value, clock);
                case "--pace" -> pace = pace(name, value);
                case "--volatility" -> market.volatility(number(name, value));
                case "--jump-probability" -> market.jumpProbability(number(name, value));
                case "--jump-size" -> market.jumpSize(number(name, value));
                case "--zipf-exponent" -> market.zipfExponent(number(name, value));
                default -> throw new UsageException("unknown option " + name);
            }
        }
        if (tradesTopic.equals(quotesTopic)) {
            throw new UsageException("trades and quotes need different topics");
        }
        market.start(start != null ? start : now(clock));
        try {
            return Optional.of(
                    new MarketFeedOptions(
                            bootstrapServers, tradesTopic, quotesTopic, pace, market.build()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String nonBlank(String option, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(option + " must not be empty");
        }
        return value.strip();
    }

    /** Kafka's rule for topic names. */
    private static String topic(String option, String value) throws UsageException {
        if (!value.matches("[A-Za-z0-9._-]{1,249}")) {
            throw new UsageException(
                    option
                            + ": a topic name is 1-249 letters, digits, '.', '_' or '-', got '"
                            + value
                            + "'");
        }
        return value;
    }

    private static long wholeNumber(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": expected a whole number, got '" + value + "'");
        }
    }

    /** A whole number that fits an int; out-of-range values are left for the config to report. */
    private static int count(String option, String value) throws UsageException {
        long number = wholeNumber(option, value);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
    }

    private static double number(String option, String value) throws UsageException {
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        if (!Double.isFinite(number)) {
            throw new UsageException(option + ": expected a number, got '" + value + "'");
        }
        return number;
    }

    private static Duration duration(String option, String value) throws UsageException {
        try {
            return Duration.ofMillis(Durations.parseMillis(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static Instant instant(String option, String value, Clock clock) throws UsageException {
        if (value.equals("now")) {
            return now(clock);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(
                    option
                            + ": expected now or an instant such as 2025-01-02T14:30:00Z, got '"
                            + value
                            + "'");
        }
    }

    /** Event timestamps are in milliseconds: so is the start. */
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Pace pace(String option, String value) throws UsageException {
        return switch (value) {
            case "realtime" -> Pace.REALTIME;
            case "max" -> Pace.MAX;
            default ->
                    throw new UsageException(
                            option + ": expected realtime or max, got '" + value + "'");
        };
    }
}
