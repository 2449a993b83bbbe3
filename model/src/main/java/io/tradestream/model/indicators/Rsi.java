package io.tradestream.model.indicators;

/**
 * Wilder's relative strength index over {@code n} changes: the first average gain and loss are
 * simple averages of the first {@code n} changes, later ones are smoothed as {@code (previous * (n
 * - 1) + current) / n}. RSI = 100 - 100 / (1 + gain / loss), 100 when there was no loss, and 50
 * when the value never moved (a flat series is neither overbought nor oversold). NaN until {@code
 * n} changes (n + 1 values) were seen.
 */
public final class Rsi {
    public int n;
    public double previous = Double.NaN;
    public int changes;
    public double averageGain;
    public double averageLoss;

    /** For the state serializer only. */
    public Rsi() {}

    public Rsi(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("RSI needs at least one change");
        }
        this.n = n;
    }

    public double update(double value) {
        if (!Double.isNaN(previous)) {
            double change = value - previous;
            double gain = Math.max(change, 0);
            double loss = Math.max(-change, 0);
            changes++;
            if (changes <= n) {
                averageGain += gain / n;
                averageLoss += loss / n;
            } else {
                averageGain = (averageGain * (n - 1) + gain) / n;
                averageLoss = (averageLoss * (n - 1) + loss) / n;
            }
        }
        previous = value;
        return value();
    }

    public double value() {
        if (changes < n) {
            return Double.NaN;
        }
        if (averageLoss == 0) {
            return averageGain == 0 ? 50 : 100;
        }
        return 100 - 100 / (1 + averageGain / averageLoss);
    }
}
