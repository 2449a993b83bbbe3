package io.tradestream.ingestion.feed;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.util.Random;

/** Turns a symbol's current price into a trade or a quote: cents, spreads and lot sizes. */
final class Microstructure {

    static final int ROUND_LOT = 100;

    /** The most active name quotes this spread; a name's spread grows with log(rank). */
    private static final double BASE_SPREAD_BPS = 2;

    private static final double SPREAD_BPS_PER_LOG_RANK = 0.6;
    private static final double ODD_LOT_SHARE = 0.25;
    private static final double MEAN_EXTRA_LOTS = 2;
    private static final int MAX_LOTS = 100;
    private static final int MAX_QUOTE_LOTS = 10;
    private static final double CENT = 0.01;

    private Microstructure() {}

    static Trade trade(String symbol, long timestamp, double price, Random random) {
        return new Trade(symbol, timestamp, Math.max(CENT, roundCents(price)), tradeSize(random));
    }

    /**
     * A quote around {@code price}: a spread of a few basis points, wider for less active names,
     * and at least a cent (which makes cheap names wider still, in basis points).
     */
    static Quote quote(String symbol, long timestamp, double price, int rank, Random random) {
        double spreadBps = BASE_SPREAD_BPS + SPREAD_BPS_PER_LOG_RANK * Math.log(rank);
        double halfSpread = price * spreadBps / 20_000;
        double bid = Math.max(CENT, floorCents(price - halfSpread));
        double ask = Math.max(bid + CENT, ceilCents(price + halfSpread));
        long bidSize = ROUND_LOT * (1 + random.nextInt(MAX_QUOTE_LOTS));
        long askSize = ROUND_LOT * (1 + random.nextInt(MAX_QUOTE_LOTS));
        return new Quote(symbol, timestamp, bid, bidSize, roundCents(ask), askSize);
    }

    /** Mostly round lots (geometrically distributed), sometimes an odd lot of 1-99 shares. */
    static long tradeSize(Random random) {
        if (random.nextDouble() < ODD_LOT_SHARE) {
            return 1 + random.nextInt(ROUND_LOT - 1);
        }
        double extraLots = -MEAN_EXTRA_LOTS * Math.log(1 - random.nextDouble());
        return ROUND_LOT * Math.min(MAX_LOTS, 1 + (long) extraLots);
    }

    static double roundCents(double price) {
        return Math.round(price * 100) / 100.0;
    }

    // The small epsilon keeps a price that is a whole number of cents, but computed as e.g.
    // 12.339999999, on its own cent.
    private static double floorCents(double price) {
        return Math.floor(price * 100 + 1e-6) / 100.0;
    }

    private static double ceilCents(double price) {
        return Math.ceil(price * 100 - 1e-6) / 100.0;
    }
}
