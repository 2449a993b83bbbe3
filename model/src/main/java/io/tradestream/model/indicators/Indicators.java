package io.tradestream.model.indicators;

/**
 * The indicators of one symbol at one bar, over the bars of the same resolution up to and including
 * it (periods in {@link IndicatorSettings}). A value is NaN until enough bars were seen.
 *
 * @param sma simple moving average of the closes
 * @param ema exponential moving average of the closes, smoothing 2 / (n + 1), seeded with the SMA
 *     of the first n closes
 * @param rsi Wilder's relative strength index of the closes, 0 to 100
 * @param bollingerUpper the SMA plus k population standard deviations of the closes
 * @param bollingerMiddle the SMA of the Bollinger period
 * @param bollingerLower the SMA minus k population standard deviations
 * @param volatility the sample standard deviation of log returns of the closes, per bar
 * @param changePct percent change of the close against the close n bars back (3 means +3 %)
 * @param relativeVolume the bar's volume over the average volume of the n bars before it
 */
public record Indicators(
        double sma,
        double ema,
        double rsi,
        double bollingerUpper,
        double bollingerMiddle,
        double bollingerLower,
        double volatility,
        double changePct,
        double relativeVolume) {}
