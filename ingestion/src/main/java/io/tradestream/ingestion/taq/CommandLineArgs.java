package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.feed.UsageException;
import io.tradestream.model.Symbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options of a command line: {@code --name value}, {@code --name=value}, or a flag that takes
 * no value. {@code --help} and {@code -h} come back as {@link #HELP}.
 */
public final class CommandLineArgs {

    public static final String HELP = "--help";

    /** One option; {@code value} is null for a flag. */
    public record Option(String name, String value) {}

    private CommandLineArgs() {}

    /**
     * @param flags the options that take no value
     * @throws UsageException for an argument that is no option, or an option without its value
     */
    public static List<Option> parse(String[] args, Set<String> flags) throws UsageException {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (name.equals(HELP) || name.equals("-h")) {
                options.add(new Option(HELP, null));
            } else if (!name.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            } else if (flags.contains(name)) {
                if (equals > 0) {
                    throw new UsageException(name + " takes no value");
                }
                options.add(new Option(name, null));
            } else if (equals > 0) {
                options.add(new Option(name, arg.substring(equals + 1)));
            } else if (i + 1 < args.length) {
                options.add(new Option(name, args[++i]));
            } else {
                throw new UsageException(name + " needs a value");
            }
        }
        return options;
    }

    public static boolean helpAsked(List<Option> options) {
        return options.stream().anyMatch(option -> option.name().equals(HELP));
    }

    public static UsageException unknown(Option option) {
        return new UsageException("unknown option " + option.name());
    }

    public static long wholeNumber(Option option) throws UsageException {
        try {
            return Long.parseLong(option.value().strip());
        } catch (NumberFormatException e) {
            throw new UsageException(
                    option.name() + ": expected a whole number, got '" + option.value() + "'");
        }
    }

    public static int count(Option option, int min, int max) throws UsageException {
        long value = wholeNumber(option);
        if (value < min || value > max) {
            throw new UsageException(
                    option.name() + ": expected " + min + " to " + max + ", got " + value);
        }
        return (int) value;
    }

    public static double number(Option option) throws UsageException {
        double value;
        try {
            value = Double.parseDouble(option.value().strip());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw new UsageException(
                    option.name() + ": expected a number, got '" + option.value() + "'");
        }
        return value;
    }

    public static LocalDate date(Option option) throws UsageException {
        return TradingDay.parse(option.value().strip())
                .orElseThrow(
                        () ->
                                new UsageException(
                                        option.name()
                                                + ": expected a date as YYYYMMDD, got '"
                                                + option.value()
                                                + "'"));
    }

    /** Kafka's rule for topic names. */
    public static String topic(Option option) throws UsageException {
        if (!option.value().matches("[A-Za-z0-9._-]{1,249}")) {
            throw new UsageException(
                    option.name()
                            + ": a topic name is 1-249 letters, digits, '.', '_' or '-', got '"
                            + option.value()
                            + "'");
        }
        return option.value();
    }

    /** Valid symbols, each checked against {@link Symbols#FORMAT}. */
    public static List<String> symbols(Option option, List<String> symbols) throws UsageException {
        for (String symbol : symbols) {
            if (!Symbols.isValid(symbol)) {
                throw new UsageException(
                        option.name()
                                + ": '"
                                + symbol
                                + "' is not a symbol: "
                                + Symbols.FORMAT_DESCRIPTION);
            }
        }
        return symbols;
    }

    public static String nonBlank(Option option) throws UsageException {
        if (option.value().isBlank()) {
            throw new UsageException(option.name() + " must not be empty");
        }
        return option.value().strip();
    }
}
