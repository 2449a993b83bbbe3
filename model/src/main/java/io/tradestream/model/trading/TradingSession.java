package io.tradestream.model.trading;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The US equity trading day, for DAY orders: a session closes at 16:00 New York time, Monday to
 * Friday. Exchange holidays are not known here, so an order placed before one expires at the close
 * that did not happen.
 */
public final class TradingSession {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    private TradingSession() {}

    /**
     * The first session close after {@code epochMillis}: 16:00 that day if it is a weekday before
     * 16:00, otherwise 16:00 on the next weekday.
     */
    public static long nextClose(long epochMillis) {
        ZonedDateTime time = Instant.ofEpochMilli(epochMillis).atZone(NEW_YORK);
        LocalDate day = time.toLocalDate();
        if (!time.toLocalTime().isBefore(CLOSE)) {
            day = day.plusDays(1);
        }
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(CLOSE).atZone(NEW_YORK).toInstant().toEpochMilli();
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
