package io.tradestream.operators.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EventTimeLagTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final EventTimeLag lag = new EventTimeLag(now::get);

    @Test
    void isMinusOneUntilAWatermarkIsSeen() {
        assertThat(lag.getValue()).isEqualTo(-1);

        lag.observe(Long.MIN_VALUE);

        assertThat(lag.getValue()).isEqualTo(-1);
    }

    @Test
    void isTheWallClockMinusTheLastWatermarkSeen() {
        lag.observe(997_500);
        assertThat(lag.getValue()).isEqualTo(2_500);

        now.set(1_004_000);
        assertThat(lag.getValue())
                .as("a watermark that stands still falls behind")
                .isEqualTo(6_500);

        lag.observe(1_003_000);
        assertThat(lag.getValue()).isEqualTo(1_000);
    }
}
