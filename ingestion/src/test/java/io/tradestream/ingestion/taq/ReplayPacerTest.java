package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReplayPacerTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    /** Event times in nanoseconds since the epoch, as TAQ events carry them. */
    private static final long T0 = 1_795_185_000L * SECOND;

    private final AtomicLong wall = new AtomicLong(42 * SECOND);

    @Test
    void realTimeWaitsAsMuchWallTimeAsEventTimePassed() {
        ReplayPacer pacer = new ReplayPacer(ReplaySpeed.REALTIME, wall::get);

        assertThat(pacer.nanosUntilDue(T0)).isZero();
        assertThat(pacer.nanosUntilDue(T0 + 250 * MS)).isEqualTo(250 * MS);
        wall.addAndGet(100 * MS);
        assertThat(pacer.nanosUntilDue(T0 + 250 * MS)).isEqualTo(150 * MS);
        wall.addAndGet(400 * MS);
        // Running late: due at once, and the lateness does not shift later events.
        assertThat(pacer.nanosUntilDue(T0 + 250 * MS)).isZero();
        assertThat(pacer.nanosUntilDue(T0 + SECOND)).isEqualTo(500 * MS);
        // An event before the first one is due at once.
        assertThat(pacer.nanosUntilDue(T0 - SECOND)).isZero();
    }

    @Test
    void nTimesFasterDividesEventTimeByN() {
        ReplayPacer tenTimes = new ReplayPacer(ReplaySpeed.parse("10"), wall::get);
        assertThat(tenTimes.nanosUntilDue(T0 + 7)).isZero();
        assertThat(tenTimes.nanosUntilDue(T0 + 7 + 60 * SECOND)).isEqualTo(6 * SECOND);
        assertThat(tenTimes.nanosUntilDue(T0 + 7 + 15 * MS)).isEqualTo(1_500_000);

        ReplayPacer halfSpeed = new ReplayPacer(ReplaySpeed.parse("0.5"), wall::get);
        halfSpeed.nanosUntilDue(T0);
        assertThat(halfSpeed.nanosUntilDue(T0 + SECOND)).isEqualTo(2 * SECOND);
    }

    @Test
    void maxNeverWaits() {
        ReplayPacer pacer = new ReplayPacer(ReplaySpeed.MAX, wall::get);
        assertThat(pacer.nanosUntilDue(T0)).isZero();
        assertThat(pacer.nanosUntilDue(T0 + 3600 * SECOND)).isZero();
    }

    @Test
    void speedsAreParsedAndNamed() {
        assertThat(ReplaySpeed.parse("max")).isEqualTo(ReplaySpeed.MAX);
        assertThat(ReplaySpeed.parse("realtime")).isEqualTo(ReplaySpeed.REALTIME);
        assertThat(ReplaySpeed.parse("1")).isEqualTo(ReplaySpeed.REALTIME);
        assertThat(ReplaySpeed.parse("10x").factor()).isEqualTo(10);
        assertThat(ReplaySpeed.parse("10x")).hasToString("10x");
        assertThat(ReplaySpeed.parse("0.5")).hasToString("0.5x");
        assertThat(ReplaySpeed.MAX).hasToString("max");
        assertThat(ReplaySpeed.REALTIME).hasToString("realtime");
        for (String bad : new String[] {"0", "-2", "fast", "Infinity", "NaN", ""}) {
            assertThatThrownBy(() -> ReplaySpeed.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "expected max, realtime or a factor above 0 such as 10 (ten times"
                                    + " faster than real time), got '"
                                    + bad
                                    + "'");
        }
    }
}
