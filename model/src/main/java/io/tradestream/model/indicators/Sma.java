package io.tradestream.model.indicators;

/** Simple moving average of the last {@code n} values; NaN until {@code n} values were seen. */
public final class Sma {
    private final RollingWindow window;

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
