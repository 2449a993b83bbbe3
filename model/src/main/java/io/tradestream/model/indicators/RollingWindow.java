package io.tradestream.model.indicators;

/**
 * The last {@code capacity} values of a series, oldest first, in a ring. Statistics are computed
 * over the values held, so they are exact rather than drifting with running sums.
 *
 * <p>Part of Flink keyed state (through the indicators), so a POJO: public fields and a public
 * no-argument constructor for the serializer.
 */
public final class RollingWindow {
    public double[] values;
    public int next;
    public int size;

    /** For the state serializer only. */
    public RollingWindow() {}

    public RollingWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a window holds at least one value");
        }
        values = new double[capacity];
    }

    /** Adds {@code value}, dropping the oldest one when the window is full. */
    public void add(double value) {
        values[next] = value;
        next = (next + 1) % values.length;
        size = Math.min(size + 1, values.length);
    }

    public boolean isFull() {
        return size == values.length;
    }

    public int size() {
        return size;
    }

    /** The value {@code age} steps back: 0 is the newest. */
    public double get(int age) {
        if (age < 0 || age >= size) {
            throw new IndexOutOfBoundsException("age " + age + " of " + size + " values");
        }
        return values[Math.floorMod(next - 1 - age, values.length)];
    }

    public double mean() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size;
    }

    /**
     * The standard deviation of the values held: {@code sample} divides by n - 1 (an estimate from
     * a sample), otherwise by n (the population, as Bollinger bands use).
     */
    public double standardDeviation(boolean sample) {
        double mean = mean();
        double squares = 0;
        for (int i = 0; i < size; i++) {
            double deviation = values[i] - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / (sample ? size - 1 : size));
    }
}
