package io.tradestream.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parsesEveryUnit() {
        assertThat(Durations.parseMillis("0")).isZero();
        assertThat(Durations.parseMillis("250ms")).isEqualTo(250);
        assertThat(Durations.parseMillis("30s")).isEqualTo(30_000);
        assertThat(Durations.parseMillis("15m")).isEqualTo(900_000);
        assertThat(Durations.parseMillis("2h")).isEqualTo(7_200_000);
        assertThat(Durations.parseMillis("1d")).isEqualTo(86_400_000);
    }

    @Test
    void refusesOtherFormatsShowingTheAcceptedOne() {
        assertThatThrownBy(() -> Durations.parseMillis("15 minutes"))
                .hasMessage("expected a duration such as 30s, 10m, 1h or 1d, got '15 minutes'");
    }

    @Test
    void formatsInTheLargestExactUnit() {
        assertThat(Durations.format(1_500)).isEqualTo("1500ms");
        assertThat(Durations.format(90_000)).isEqualTo("90s");
        assertThat(Durations.format(900_000)).isEqualTo("15m");
        assertThat(Durations.format(3_600_000)).isEqualTo("1h");
        assertThat(Durations.format(172_800_000)).isEqualTo("2d");
    }
}
