package io.tradestream.ingestion.taq;

import java.util.Locale;

/**
 * The Time column of Daily TAQ: {@code HHMMSS} followed by the fraction of the second.
 *
 * <p>Accepted: six digits of hours, minutes and seconds, then 0 to 9 digits of fraction, read as a
 * decimal fraction of the second. So {@code 093000123456789} (nanoseconds, Daily TAQ since 2016),
 * {@code 093000123456} (microseconds, 2015-2016), {@code 093000123} (milliseconds, older files) and
 * {@code 093000} all work. Hours run 00-23, minutes and seconds 00-59.
 */
final class TaqTime {

    static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_DIGITS = 15;

    private TaqTime() {}

    /**
     * @return nanoseconds since midnight
     * @throws LineRejectedException if the field is not such a time
     */
    static long nanosOfDay(String field) {
        int length = field.length();
        if (length < 6 || length > MAX_DIGITS || !digitsOnly(field)) {
            throw new LineRejectedException(
                    "time must be HHMMSS followed by 0 to 9 digits of fractional seconds, got '"
                            + Excerpt.of(field)
                            + "'");
        }
        int hours = Integer.parseInt(field, 0, 2, 10);
        int minutes = Integer.parseInt(field, 2, 4, 10);
        int seconds = Integer.parseInt(field, 4, 6, 10);
        if (hours > 23 || minutes > 59 || seconds > 59) {
            throw new LineRejectedException(
                    "time '" + field + "' is not a time of day (HHMMSS up to 235959)");
        }
        long fraction = length > 6 ? Long.parseLong(field, 6, length, 10) : 0;
        for (int digits = length - 6; digits < 9; digits++) {
            fraction *= 10;
        }
        return ((hours * 60L + minutes) * 60 + seconds) * NANOS_PER_SECOND + fraction;
    }

    /** The Daily TAQ form of a time of day: 15 digits, nanoseconds after the seconds. */
    static String format(long nanosOfDay) {
        long seconds = nanosOfDay / NANOS_PER_SECOND;
        return String.format(
                Locale.ROOT,
                "%02d%02d%02d%09d",
                seconds / 3600,
                seconds / 60 % 60,
                seconds % 60,
                nanosOfDay % NANOS_PER_SECOND);
    }

    private static boolean digitsOnly(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
