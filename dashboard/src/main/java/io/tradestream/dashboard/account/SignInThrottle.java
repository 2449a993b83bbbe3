package io.tradestream.dashboard.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins of one user name within
 * {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window. Kept
 * per dashboard process.
 */
public final class SignInThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private static final int MAX_TRACKED_NAMES = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code user} must wait before trying again; zero when they may try now. */
    public Duration waitBeforeNextAttempt(String user) {
        Deque<Instant> recent = failures.get(user);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(failure -> !failure.isAfter(now.minus(WINDOW)));
            if (recent.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            return Duration.between(now, recent.peekFirst().plus(WINDOW));
        }
    }

    public void failed(String user) {
        if (failures.size() >= MAX_TRACKED_NAMES) {
            forgetExpired();
        }
        Deque<Instant> recent = failures.computeIfAbsent(user, name -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > MAX_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    public void succeeded(String user) {
        failures.remove(user);
    }

    /** Bounds the memory a spray of made-up names can take. */
    private void forgetExpired() {
        Instant windowStart = clock.instant().minus(WINDOW);
        failures.values()
                .removeIf(
                        recent -> {
                            synchronized (recent) {
                                return recent.isEmpty() || !recent.peekLast().isAfter(windowStart);
                            }
                        });
    }
}
