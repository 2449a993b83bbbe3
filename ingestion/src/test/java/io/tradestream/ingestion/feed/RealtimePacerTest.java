package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RealtimePacerTest {

    @Test
    void eventsAreDueWhenAsMuchWallTimeAsEventTimeHasPassed() {
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        RealtimePacer pacer = new RealtimePacer(nanos::get);

        assertThat(pacer.millisUntilDue(1_000_000)).isZero();
        assertThat(pacer.millisUntilDue(1_000_250)).isEqualTo(250);
        nanos.addAndGet(100_000_000L);
        assertThat(pacer.millisUntilDue(1_000_250)).isEqualTo(150);
        nanos.addAndGet(400_000_000L);
        // Running late: due at once, and the lateness does not shift later events.
        assertThat(pacer.millisUntilDue(1_000_250)).isZero();
        assertThat(pacer.millisUntilDue(1_001_000)).isEqualTo(500);
    }
}
