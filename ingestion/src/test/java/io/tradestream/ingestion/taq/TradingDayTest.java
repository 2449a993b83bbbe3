package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TradingDayTest {

    private static long nanos(int hours, int minutes) {
        return (hours * 3600L + minutes * 60L) * 1_000_000_000L;
    }

    private static long epochNanos(String instant) {
        Instant time = Instant.parse(instant);
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }

    @Test
    void newYorkTimesOfAWinterDay() {
        TradingDay day = new TradingDay(LocalDate.of(2026, 11, 20));
        assertThat(day.epochNanos(nanos(9, 30) + 123_456_789))
                .isEqualTo(epochNanos("2026-11-20T14:30:00.123456789Z"));
        assertThat(day.epochNanos(nanos(1, 0))).isEqualTo(epochNanos("2026-11-20T06:00:00Z"));
    }

    @Test
    void newYorkTimesOfTheDaysTheClocksChange() {
        TradingDay springForward = new TradingDay(LocalDate.of(2026, 3, 8));
        assertThat(springForward.epochNanos(nanos(1, 30)))
                .isEqualTo(epochNanos("2026-03-08T06:30:00Z"));
        assertThat(springForward.epochNanos(nanos(9, 30)))
                .isEqualTo(epochNanos("2026-03-08T13:30:00Z"));

        TradingDay fallBack = new TradingDay(LocalDate.of(2026, 11, 1));
        // 01:30 happens twice; the earlier one (still daylight time) is taken.
        assertThat(fallBack.epochNanos(nanos(1, 30))).isEqualTo(epochNanos("2026-11-01T05:30:00Z"));
        assertThat(fallBack.epochNanos(nanos(4, 0))).isEqualTo(epochNanos("2026-11-01T09:00:00Z"));
    }

    @Test
    void theDateOfAFileName() {
        assertThat(TradingDay.fromFileName("EQY_US_ALL_TRADE_20161024.gz"))
                .contains(LocalDate.of(2016, 10, 24));
        assertThat(TradingDay.fromFileName("SPLITS_US_ALL_BBO_A_20261120"))
                .contains(LocalDate.of(2026, 11, 20));
        // The last eight digits that make a date; longer numbers and non-dates do not count.
        assertThat(TradingDay.fromFileName("20250101_copy_of_EQY_US_ALL_BBO_20261120.txt"))
                .contains(LocalDate.of(2026, 11, 20));
        assertThat(TradingDay.fromFileName("trades_20261399.gz")).isEqualTo(Optional.empty());
        assertThat(TradingDay.fromFileName("trades_202611201.gz")).isEmpty();
        assertThat(TradingDay.fromFileName("trades.gz")).isEmpty();
    }
}
