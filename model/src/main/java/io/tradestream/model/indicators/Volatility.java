package io.tradestream.model.indicators;

/**
 * Rolling volatility: the sample standard deviation of the last {@code n} log returns (per bar, not
 * annualised). NaN until {@code n} returns (n + 1 values) were seen.
 */
public final class Volatility {
    public RollingWindow returns;
    public double previous = Double.NaN;

    /** For the state serializer only. */
    public Volatility() {}

    public Volatility(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("volatility needs at least two returns");
        }
        returns = new RollingWindow(n);
    }

    public double update(double price) {
        if (!Double.isNaN(previous)) {
            returns.add(Math.log(price / previous));
        }
        previous = price;
        return value();
    }

    public double value() {
        return returns.isFull() ? returns.standardDeviation(true) : Double.NaN;
    }
}
