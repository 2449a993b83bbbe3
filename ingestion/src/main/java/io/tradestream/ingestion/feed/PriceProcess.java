package io.tradestream.ingestion.feed;

import java.util.Random;

/**
 * The price of every symbol: a geometric random walk with occasional jumps, advanced whenever the
 * symbol has an event.
 *
 * <p>The log-return since the symbol's previous event is normal with variance {@code sigma^2 * dt}
 * (so a quiet symbol moves as much per hour as a busy one), minus {@code sigma^2 * dt / 2} so that
 * the price itself has no drift. Start prices are spread log-uniformly over $5 to $500.
 */
final class PriceProcess {

    static final double MIN_START_PRICE = 5;
    static final double MAX_START_PRICE = 500;

    /** Prices never fall below this, so that quotes always have a positive bid. */
    static final double MIN_PRICE = 0.10;

    private static final double SECONDS_PER_TRADING_YEAR = 252 * 6.5 * 3600;

    private final double[] logPrice;
    private final long[] lastEventMillis;
    private final double variancePerSecond;
    private final double jumpProbability;
    private final double jumpSize;

    PriceProcess(MarketFeedConfig config, Random random) {
        int symbols = config.symbols();
        logPrice = new double[symbols];
        lastEventMillis = new long[symbols];
        double low = Math.log(MIN_START_PRICE);
        double high = Math.log(MAX_START_PRICE);
        for (int i = 0; i < symbols; i++) {
            logPrice[i] = low + (high - low) * random.nextDouble();
            lastEventMillis[i] = config.start().toEpochMilli();
        }
        variancePerSecond = config.volatility() * config.volatility() / SECONDS_PER_TRADING_YEAR;
        jumpProbability = config.jumpProbability();
        jumpSize = config.jumpSize();
    }

    /** The current price of symbol {@code index}, unrounded. */
    double price(int index) {
        return Math.exp(logPrice[index]);
    }

    /** Moves symbol {@code index} forward to {@code timestampMillis}; returns its new price. */
    double advance(int index, long timestampMillis, Random random) {
        double seconds = (timestampMillis - lastEventMillis[index]) / 1000.0;
        lastEventMillis[index] = timestampMillis;
        double variance = variancePerSecond * seconds;
        double next = logPrice[index] + Math.sqrt(variance) * random.nextGaussian() - variance / 2;
        if (random.nextDouble() < jumpProbability) {
            double magnitude = jumpSize * (0.5 + random.nextDouble());
            next += Math.log(random.nextBoolean() ? 1 + magnitude : 1 - magnitude);
        }
        logPrice[index] = Math.max(next, Math.log(MIN_PRICE));
        return price(index);
    }
}
