package io.tradestream.model.bars;

/**
 * An OHLCV bar of one symbol over one event-time interval.
 *
 * @param symbol the instrument
 * @param resolution the bar length, e.g. {@code 1s} or {@code 1m}
 * @param start start of the interval in epoch milliseconds (inclusive)
 * @param open price of the first trade by event time
 * @param high highest trade price
 * @param low lowest trade price
 * @param close price of the last trade by event time
 * @param volume shares traded
 * @param buyVolume shares of buyer-initiated trades
 * @param sellVolume shares of seller-initiated trades; the rest of the volume had no known side
 * @param turnover sum of price times size, the traded value
 * @param tradeCount number of trades
 */
public record Bar(
        String symbol,
        String resolution,
        long start,
        double open,
        double high,
        double low,
        double close,
        long volume,
        long buyVolume,
        long sellVolume,
        double turnover,
        long tradeCount) {

    /** Volume-weighted average price: turnover divided by volume. */
    public double vwap() {
        return turnover / volume;
    }
}
