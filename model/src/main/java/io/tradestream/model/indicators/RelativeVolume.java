package io.tradestream.model.indicators;

/**
 * A bar's volume relative to the average volume of the {@code n} bars before it: 2 means twice the
 * usual. NaN until {@code n} earlier bars were seen.
 */
public final class RelativeVolume {
    public RollingWindow earlier;
    public double value = Double.NaN;

    /** For the state serializer only. */
    public RelativeVolume() {}

    public RelativeVolume(int n) {
        earlier = new RollingWindow(n);
    }

    public double update(double volume) {
        value = earlier.isFull() ? volume / earlier.mean() : Double.NaN;
        earlier.add(volume);
        return value;
    }

    public double value() {
        return value;
    }
}
