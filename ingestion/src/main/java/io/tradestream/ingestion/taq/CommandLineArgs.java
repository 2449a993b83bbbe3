package io.tradestream.ingestion.taq;

import io.tradestream.ingestion.feed.UsageException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options of a command line: {@code --name value}, {@code --name=value}, or a flag that takes
 * no value. {@code --help} and {@code -h} come back as {@link #HELP}.
 */
final class CommandLineArgs {

    static final String HELP = "--help";

    /** One option; {@code value} is null for a flag. */
    record Option(String name, String value) {}

    private CommandLineArgs() {}

    /**
     * @param flags the options that take no value
     * @throws UsageException for an argument that is no option, or an option without its value
     */
    static List<Option> parse(String[] args, Set<String> flags) throws UsageException {
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

    static boolean helpAsked(List<Option> options) {
        return options.stream().anyMatch(option -> option.name().equals(HELP));
    }

    static UsageException unknown(Option option) {
        return new UsageException("unknown option " + option.name());
    }

    static long wholeNumber(Option option) throws UsageException {
        try {
            return Long.parseLong(option.value().strip());
        } catch (NumberFormatException e) {
            throw new UsageException(
                    option.name() + ": expected a whole number, got '" + option.value() + "'");
        }
    }

    static int count(Option option, int min, int max) throws UsageException {
        long value = wholeNumber(option);
        if (value < min || value > max) {
            throw new UsageException(
                    option.name() + ": expected " + min + " to " + max + ", got " + value);
        }
        return (int) value;
    }

    static double number(Option option) throws UsageException {
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

    static LocalDate date(Option option) throws UsageException {
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
    static String topic(Option option) throws UsageException {
        if (!option.value().matches("[A-Za-z0-9._-]{1,249}")) {
            throw new UsageException(
                    option.name()
                            + ": a topic name is 1-249 letters, digits, '.', '_' or '-', got '"
                            + option.value()
                            + "'");
        }
        return option.value();
    }

    static String nonBlank(Option option) throws UsageException {
        if (option.value().isBlank()) {
            throw new UsageException(option.name() + " must not be empty");
        }
        return option.value().strip();
    }
}
