package io.tradestream.dashboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final SignInThrottle throttle =
            new SignInThrottle(
                    new Clock() {
                        @Override
                        public Instant instant() {
                            return now;
                        }

                        @Override
                        public java.time.ZoneId getZone() {
                            return ZoneOffset.UTC;
                        }

                        @Override
                        public Clock withZone(java.time.ZoneId zone) {
                            return this;
                        }
                    });

    @Test
    void refusesAfterFiveFailuresUntilTheFirstLeavesTheWindow() {
        for (int attempt = 0; attempt < 4; attempt++) {
            throttle.failed("alice");
            now = now.plusSeconds(60);
        }
        assertThat(throttle.waitBeforeNextAttempt("alice")).isZero();

        throttle.failed("alice");

        // The first failure was at 10:00, so the window frees a place at 10:15; it is now 10:04.
        assertThat(throttle.waitBeforeNextAttempt("alice")).isEqualTo(Duration.ofMinutes(11));
        assertThat(throttle.waitBeforeNextAttempt("bob")).isZero();
        now = Instant.parse("2026-11-23T10:15:00Z");
        assertThat(throttle.waitBeforeNextAttempt("alice")).isZero();
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        for (int attempt = 0; attempt < 4; attempt++) {
            throttle.failed("alice");
        }
        throttle.succeeded("alice");
        throttle.failed("alice");

        assertThat(throttle.waitBeforeNextAttempt("alice")).isZero();
    }
}
