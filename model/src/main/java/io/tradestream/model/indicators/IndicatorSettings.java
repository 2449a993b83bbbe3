package io.tradestream.model.indicators;

import java.io.Serializable;

/**
 * The periods, in bars, of the indicators computed over each symbol's bars.
 *
 * @param smaBars simple moving average of closes
 * @param emaBars exponential moving average of closes
 * @param rsiChanges Wilder's RSI over this many close-to-close changes
 * @param bollingerBars Bollinger bands around the SMA of this many closes
 * @param bollingerK the bands' width in population standard deviations
 * @param volatilityReturns volatility over this many log returns of closes
 * @param changeBars percent change of the close against the close this many bars back
 * @param volumeBars relative volume against the average volume of this many earlier bars
 */
public record IndicatorSettings(
        int smaBars,
        int emaBars,
        int rsiChanges,
        int bollingerBars,
        double bollingerK,
        int volatilityReturns,
        int changeBars,
        int volumeBars)
        implements Serializable {

    /** The longest period: bars hold at most this many values per window. */
    public static final int MAX_BARS = 1_000;

    public IndicatorSettings {
        check("SMA", smaBars, 1);
        check("EMA", emaBars, 1);
        check("RSI", rsiChanges, 1);
        check("Bollinger", bollingerBars, 1);
        check("volatility", volatilityReturns, 2);
        check("change", changeBars, 1);
        check("relative volume", volumeBars, 1);
        if (!(bollingerK > 0 && bollingerK <= 10)) {
            throw new IllegalArgumentException(
                    "the Bollinger width must be above 0 and at most 10, got " + bollingerK);
        }
    }

    /** The periods charting tools default to: 20 bars, RSI 14, Bollinger 20 with k = 2. */
    public static IndicatorSettings defaults() {
        return new IndicatorSettings(20, 20, 14, 20, 2, 20, 20, 20);
    }

    private static void check(String indicator, int bars, int minimum) {
        if (bars < minimum || bars > MAX_BARS) {
            throw new IllegalArgumentException(
                    "the "
                            + indicator
                            + " period must be "
                            + minimum
                            + " to "
                            + MAX_BARS
                            + " bars, got "
                            + bars);
        }
    }
}
