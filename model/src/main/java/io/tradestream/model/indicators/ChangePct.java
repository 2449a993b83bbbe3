package io.tradestream.model.indicators;

/**
 * Percent change over {@code n} steps: {@code (value / value n steps back - 1) * 100}, so 3 means
 * +3 %. NaN until {@code n + 1} values were seen.
 */
public final class ChangePct {
    public RollingWindow values;

    /** For the state serializer only. */
    public ChangePct() {}

    public ChangePct(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a change spans at least one step");
        }
        values = new RollingWindow(n + 1);
    }

    public double update(double value) {
        values.add(value);
        return value();
    }

    public double value() {
        return values.isFull()
                ? (values.get(0) / values.get(values.size() - 1) - 1) * 100
                : Double.NaN;
    }
}
