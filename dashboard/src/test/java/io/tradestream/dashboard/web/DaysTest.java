package io.tradestream.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaysTest {
    // 01:30 UTC is still the 22nd in New York: days are UTC, as in the tables.
    private final Days days =
            new Days(Clock.fixed(Instant.parse("2026-11-23T01:30:00Z"), ZoneOffset.UTC));

    @Test
    void findsTheNewestDayWithDataLookingBackAMonthAtMost() {
        List<String> asked = new ArrayList<>();

        assertThat(
                        days.requestedOrLatest(
                                null,
                                day -> {
                                    asked.add(day);
                                    return day.equals("2026-11-20");
                                }))
                .contains("2026-11-20");
        assertThat(asked).containsExactly("2026-11-23", "2026-11-22", "2026-11-21", "2026-11-20");
        assertThat(days.requestedOrLatest("", day -> false)).isEmpty();
        assertThat(days.recent()).hasSize(31).endsWith("2026-10-24");
    }

    @Test
    void aRequestedDayIsTakenAsItIsOrRefused() {
        assertThat(days.requestedOrLatest("2026-01-02", day -> false)).contains("2026-01-02");
        assertThatThrownBy(() -> days.requestedOrLatest("2026-13-01", day -> true))
                .hasMessage("'day' must be a date such as 2026-11-20, got '2026-13-01'");
    }
}
