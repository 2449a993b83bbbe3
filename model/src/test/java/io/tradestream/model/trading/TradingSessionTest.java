package io.tradestream.model.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradingSessionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // New York is UTC-4 in summer (EDT) and UTC-5 in winter (EST)
        "weekday morning closes that day,      2024-06-12T14:30:00Z, 2024-06-12T20:00:00Z",
        "a minute before the close,            2024-06-12T19:59:00Z, 2024-06-12T20:00:00Z",
        "at the close rolls to the next day,   2024-06-12T20:00:00Z, 2024-06-13T20:00:00Z",
        "after a Friday close rolls to Monday, 2024-06-14T21:00:00Z, 2024-06-17T20:00:00Z",
        "Saturday morning rolls to Monday,     2024-06-15T14:00:00Z, 2024-06-17T20:00:00Z",
        "late evening UTC is still that day,   2024-06-12T23:30:00Z, 2024-06-13T20:00:00Z",
        "winter weekday,                       2024-01-10T15:00:00Z, 2024-01-10T21:00:00Z",
        // clocks went forward on Sunday 10 March 2024: Friday's close is 21:00 UTC, Monday's 20:00
        "Friday EST to Monday EDT,             2024-03-08T22:00:00Z, 2024-03-11T20:00:00Z",
        "Friday EST before the close,          2024-03-08T20:59:00Z, 2024-03-08T21:00:00Z",
        // clocks went back on Sunday 3 November 2024
        "Friday EDT to Monday EST,             2024-11-01T22:00:00Z, 2024-11-04T21:00:00Z",
    })
    void closesAtFourInTheAfternoonInNewYorkOnWeekdays(
            String name, String placedAt, String expectedClose) {
        long close = TradingSession.nextClose(Instant.parse(placedAt).toEpochMilli());

        assertThat(Instant.ofEpochMilli(close)).isEqualTo(Instant.parse(expectedClose));
    }
}
