package io.tradestream.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The UTC days that partition TradeStream's time series ({@code day} in the tables). A request
 * names a day, or gets the latest one with data.
 */
public final class Days {
    /** How far back "the latest day with data" is looked for. */
    public static final int LOOK_BACK = 31;

    private final Clock clock;

    public Days(Clock clock) {
        this.clock = clock;
    }

    /**
     * The {@code day} query parameter, or the newest of the last {@link #LOOK_BACK} days for which
     * {@code hasData} holds; empty when there is none.
     */
    public Optional<String> requestedOrLatest(String requested, Function<String, Boolean> hasData) {
        if (requested != null && !requested.isEmpty()) {
            return Optional.of(parse(requested));
        }
        for (String day : recent()) {
            if (hasData.apply(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Today (UTC) and the days before it, newest first. */
    List<String> recent() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<String> days = new ArrayList<>(LOOK_BACK);
        for (int back = 0; back < LOOK_BACK; back++) {
            days.add(today.minusDays(back).toString());
        }
        return days;
    }

    private static String parse(String day) {
        try {
            return LocalDate.parse(day).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "'day' must be a date such as 2026-11-20, got '" + day + "'");
        }
    }
}
