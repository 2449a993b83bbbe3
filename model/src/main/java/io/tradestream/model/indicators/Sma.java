package io.tradestream.model.indicators;

/**
 * Simple moving average of the last {@code n} values; NaN until {@code n} values were seen.
 *
 * <p>A POJO, like every indicator here, so that Flink can keep it in keyed state.
 */
public final class Sma {
    public RollingWindow window;

    /** For the state serializer only. */
    public Sma() {}

    public Sma(int n) {
        window = new RollingWindow(n);
    }

    public double update(double value) {
        window.add(value);
        return value();
    }

    public double value() {
        return window.isFull() ? window.mean() : Double.NaN;
    }
}
