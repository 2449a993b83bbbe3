package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class EventScheduleTest {

    @Test
    void mergesEvenlySpacedTradesAndQuotesInTimeOrder() {
        EventSchedule schedule =
                new EventSchedule(
                        MarketFeedConfig.builder()
                                .start(Instant.ofEpochMilli(10_000))
                                .tradesPerSecond(3)
                                .quotesPerSecond(2)
                                .duration(Duration.ofMillis(1_001))
                                .build());
        List<EventSchedule.Slot> slots = new ArrayList<>();
        while (schedule.hasNext()) {
            slots.add(schedule.next());
        }
        assertThat(slots)
                .containsExactly(
                        new EventSchedule.Slot(true, 10_000),
                        new EventSchedule.Slot(false, 10_000),
                        new EventSchedule.Slot(true, 10_333),
                        new EventSchedule.Slot(false, 10_500),
                        new EventSchedule.Slot(true, 10_666),
                        new EventSchedule.Slot(true, 11_000),
                        new EventSchedule.Slot(false, 11_000));
        assertThatThrownBy(schedule::next).isInstanceOf(NoSuchElementException.class);
    }
}
