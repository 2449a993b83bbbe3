package io.tradestream.model.indicators;

/**
 * Exponential moving average with smoothing {@code 2 / (n + 1)}, seeded with the simple average of
 * the first {@code n} values; NaN until then.
 */
public final class Ema {
    public double alpha;
    public Sma seed;
    public double value = Double.NaN;

    /** For the state serializer only. */
    public Ema() {}

    public Ema(int n) {
        alpha = 2.0 / (n + 1);
        seed = new Sma(n);
    }

    public double update(double x) {
        if (Double.isNaN(value)) {
            value = seed.update(x);
        } else {
            value = alpha * x + (1 - alpha) * value;
        }
        return value;
    }

    public double value() {
        return value;
    }
}
