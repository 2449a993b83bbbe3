package io.tradestream.dashboard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VersionsTest {
    private final Versions versions =
            new Versions(Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC));

    @Test
    void usesTheClockAboveTheHeldVersionAndNeverRepeats() {
        assertThat(versions.next(0)).isEqualTo(1_000);
        // Same millisecond: one more than the last issued.
        assertThat(versions.next(0)).isEqualTo(1_001);
        // The job holds a version from a clock ahead of this one.
        assertThat(versions.next(5_000)).isEqualTo(5_001);
        assertThat(versions.next(10)).isEqualTo(5_002);
    }
}
