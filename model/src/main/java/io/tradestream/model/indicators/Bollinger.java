package io.tradestream.model.indicators;

/**
 * Bollinger bands: the simple average of the last {@code n} values plus and minus {@code k}
 * population standard deviations of them. NaN until {@code n} values were seen.
 */
public final class Bollinger {
    public RollingWindow window;
    public double k;

    /** For the state serializer only. */
    public Bollinger() {}

    public Bollinger(int n, double k) {
        window = new RollingWindow(n);
        this.k = k;
    }

    public void update(double value) {
        window.add(value);
    }

    public double middle() {
        return window.isFull() ? window.mean() : Double.NaN;
    }

    public double upper() {
        return middle() + k * deviation();
    }

    public double lower() {
        return middle() - k * deviation();
    }

    private double deviation() {
        return window.isFull() ? window.standardDeviation(false) : Double.NaN;
    }
}
