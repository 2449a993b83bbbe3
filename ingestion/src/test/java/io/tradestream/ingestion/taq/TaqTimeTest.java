package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaqTimeTest {

    private static final long NANOS_0930 = (9 * 3600 + 30 * 60) * 1_000_000_000L;

    @Test
    void readsNanosecondsMicrosecondsMillisecondsAndWholeSeconds() {
        assertThat(TaqTime.nanosOfDay("093000123456789")).isEqualTo(NANOS_0930 + 123_456_789);
        assertThat(TaqTime.nanosOfDay("093000123456")).isEqualTo(NANOS_0930 + 123_456_000);
        assertThat(TaqTime.nanosOfDay("093000123")).isEqualTo(NANOS_0930 + 123_000_000);
        assertThat(TaqTime.nanosOfDay("0930001")).isEqualTo(NANOS_0930 + 100_000_000);
        assertThat(TaqTime.nanosOfDay("093000")).isEqualTo(NANOS_0930);
        assertThat(TaqTime.nanosOfDay("000000000000000")).isZero();
        assertThat(TaqTime.nanosOfDay("235959999999999")).isEqualTo(86_400_000_000_000L - 1);
    }

    @Test
    void refusesWhatIsNoTimeOfDay() {
        assertThatThrownBy(() -> TaqTime.nanosOfDay("09300"))
                .isInstanceOf(LineRejectedException.class)
                .hasMessage(
                        "time must be HHMMSS followed by 0 to 9 digits of fractional seconds, got"
                                + " '09300'");
        assertThatThrownBy(() -> TaqTime.nanosOfDay("0930001234567890"))
                .hasMessage(
                        "time must be HHMMSS followed by 0 to 9 digits of fractional seconds, got"
                                + " '0930001234567890'");
        assertThatThrownBy(() -> TaqTime.nanosOfDay("09:30:00.123"))
                .hasMessage(
                        "time must be HHMMSS followed by 0 to 9 digits of fractional seconds, got"
                                + " '09:30:00.123'");
        assertThatThrownBy(() -> TaqTime.nanosOfDay("246000000"))
                .hasMessage("time '246000000' is not a time of day (HHMMSS up to 235959)");
        assertThatThrownBy(() -> TaqTime.nanosOfDay("096000"))
                .hasMessage("time '096000' is not a time of day (HHMMSS up to 235959)");
        assertThatThrownBy(() -> TaqTime.nanosOfDay("093060"))
                .hasMessage("time '093060' is not a time of day (HHMMSS up to 235959)");
    }

    @Test
    void formatsFifteenDigits() {
        assertThat(TaqTime.format(NANOS_0930 + 123_456_789)).isEqualTo("093000123456789");
        assertThat(TaqTime.format(0)).isEqualTo("000000000000000");
        assertThat(TaqTime.format(86_400_000_000_000L - 1)).isEqualTo("235959999999999");
    }
}
