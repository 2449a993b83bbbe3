package io.tradestream.ingestion.taq;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The trading date of a TAQ file, which turns its New York times of day into instants. */
final class TradingDay {

    static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** Eight digits not part of a longer number, as in {@code EQY_US_ALL_TRADE_20161024.gz}. */
    private static final Pattern DATE_IN_NAME = Pattern.compile("(?<![0-9])[0-9]{8}(?![0-9])");

    /** Clocks change at 2 a.m. in New York: from 3 a.m. on, a day's UTC offset is fixed. */
    private static final long AFTER_CLOCK_CHANGE = 3 * 3600 * TaqTime.NANOS_PER_SECOND;

    private final LocalDate date;
    private final long epochNanosAtMidnightFromThreeOn;

    TradingDay(LocalDate date) {
        this.date = date;
        ZonedDateTime threeAm = ZonedDateTime.of(date, LocalTime.of(3, 0), TaqLayout.EXCHANGE_ZONE);
        epochNanosAtMidnightFromThreeOn = epochNanos(threeAm) - AFTER_CLOCK_CHANGE;
    }

    /** The instant, in nanoseconds since the epoch, of a New York time of day on this date. */
    long epochNanos(long nanosOfDay) {
        if (nanosOfDay >= AFTER_CLOCK_CHANGE) {
            return epochNanosAtMidnightFromThreeOn + nanosOfDay;
        }
        return epochNanos(
                ZonedDateTime.of(date, LocalTime.ofNanoOfDay(nanosOfDay), TaqLayout.EXCHANGE_ZONE));
    }

    private static long epochNanos(ZonedDateTime time) {
        return time.toEpochSecond() * TaqTime.NANOS_PER_SECOND + time.getNano();
    }

    /**
     * The date in a file name such as {@code SPLITS_US_ALL_BBO_A_20161024.gz}: the last 8 digits
     * that make a date.
     */
    static Optional<LocalDate> fromFileName(String fileName) {
        Matcher matcher = DATE_IN_NAME.matcher(fileName);
        Optional<LocalDate> last = Optional.empty();
        while (matcher.find()) {
            Optional<LocalDate> date = parse(matcher.group());
            if (date.isPresent()) {
                last = date;
            }
        }
        return last;
    }

    /** A YYYYMMDD date, if the text is one. */
    static Optional<LocalDate> parse(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.parse(yyyymmdd, YYYYMMDD));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
