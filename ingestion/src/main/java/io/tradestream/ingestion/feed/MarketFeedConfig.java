package io.tradestream.ingestion.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * What the {@link SyntheticMarket} simulates. All rates and durations are in event time.
 *
 * @param symbols universe size; rank 1 is the most active symbol
 * @param seed the random seed: the same config always yields the same events
 * @param start event time of the first event
 * @param tradesPerSecond trades per second over the whole universe
 * @param quotesPerSecond quotes per second over the whole universe
 * @param duration how much event time to simulate; {@link Duration#ZERO} for no end
 * @param volatility annualised volatility of each symbol's log price (0.5 = 50 % a year, over a
 *     trading year of 252 days of 6.5 hours)
 * @param jumpProbability chance that a symbol's price jumps at one of its events
 * @param jumpSize typical jump as a fraction of the price; a jump moves it by 0.5 to 1.5 times
 *     this, up or down
 * @param zipfExponent skew of activity: rank k gets events in proportion to k^-exponent
 */
public record MarketFeedConfig(
        int symbols,
        long seed,
        Instant start,
        double tradesPerSecond,
        double quotesPerSecond,
        Duration duration,
        double volatility,
        double jumpProbability,
        double jumpSize,
        double zipfExponent) {

    public static final int MAX_SYMBOLS = SymbolUniverse.MAX_SIZE;
    public static final double MAX_EVENTS_PER_SECOND = 10_000_000;

    /**
     * @throws IllegalArgumentException naming the first bad value
     */
    public MarketFeedConfig {
        check(symbols >= 1 && symbols <= MAX_SYMBOLS, "symbols must be 1 to " + MAX_SYMBOLS);
        check(start != null, "start is required");
        check(
                rate(tradesPerSecond) && rate(quotesPerSecond),
                "rates must be between 0 and " + (long) MAX_EVENTS_PER_SECOND + " per second");
        check(tradesPerSecond + quotesPerSecond > 0, "trades or quotes per second must be > 0");
        check(duration != null && !duration.isNegative(), "duration must be 0 or positive");
        check(volatility >= 0 && volatility <= 10, "volatility must be 0 to 10");
        check(jumpProbability >= 0 && jumpProbability <= 1, "jump probability must be 0 to 1");
        // A downward jump of 1.5 x jumpSize must leave a positive price.
        check(jumpSize >= 0 && jumpSize <= 0.5, "jump size must be 0 to 0.5");
        check(zipfExponent >= 0 && zipfExponent <= 5, "zipf exponent must be 0 to 5");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the market runs until stopped. */
    public boolean unbounded() {
        return duration.isZero();
    }

    public Builder toBuilder() {
        return new Builder()
                .symbols(symbols)
                .seed(seed)
                .start(start)
                .tradesPerSecond(tradesPerSecond)
                .quotesPerSecond(quotesPerSecond)
                .duration(duration)
                .volatility(volatility)
                .jumpProbability(jumpProbability)
                .jumpSize(jumpSize)
                .zipfExponent(zipfExponent);
    }

    private static boolean rate(double perSecond) {
        return perSecond >= 0 && perSecond <= MAX_EVENTS_PER_SECOND;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Defaults: a demo-sized NASDAQ-like market that runs until stopped. */
    public static final class Builder {
        private int symbols = 3_200;
        private long seed = 1;
        private Instant start = Instant.parse("2025-01-02T14:30:00Z");
        private double tradesPerSecond = 500;
        private double quotesPerSecond = 500;
        private Duration duration = Duration.ZERO;
        private double volatility = 0.5;
        // Per event: the most active symbols have thousands of events a minute, so this keeps
        // their jumps to a few an hour.
        private double jumpProbability = 0.00002;
        private double jumpSize = 0.03;
        private double zipfExponent = 1.1;

        private Builder() {}

        public Builder symbols(int symbols) {
            this.symbols = symbols;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        public Builder tradesPerSecond(double tradesPerSecond) {
            this.tradesPerSecond = tradesPerSecond;
            return this;
        }

        public Builder quotesPerSecond(double quotesPerSecond) {
            this.quotesPerSecond = quotesPerSecond;
            return this;
        }

        public Builder duration(Duration duration) {
            this.duration = duration;
            return this;
        }

        public Builder volatility(double volatility) {
            this.volatility = volatility;
            return this;
        }

        public Builder jumpProbability(double jumpProbability) {
            this.jumpProbability = jumpProbability;
            return this;
        }

        public Builder jumpSize(double jumpSize) {
            this.jumpSize = jumpSize;
            return this;
        }

        public Builder zipfExponent(double zipfExponent) {
            this.zipfExponent = zipfExponent;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the first bad value
         */
        public MarketFeedConfig build() {
            return new MarketFeedConfig(
                    symbols,
                    seed,
                    start,
                    tradesPerSecond,
                    quotesPerSecond,
                    duration,
                    volatility,
                    jumpProbability,
                    jumpSize,
                    zipfExponent);
        }
    }
}
