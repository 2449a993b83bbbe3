package io.tradestream.model.market;

import io.tradestream.rules.expr.MarketView;

/**
 * A symbol's recent one-minute bars (close, volume, traded value) for the rule language's bar
 * functions. The newest bar is the current, unfinished minute, whose close is the last price, so
 * {@code sma(20m)} moves with every trade as it does on a trader's live chart.
 *
 * <p>Every minute from the first trade to the latest holds a bar: minutes without trades carry the
 * close forward with no volume. Only as many bars as the symbol's rules need are kept, in a ring
 * whose newest entry is at {@code head}.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class MinuteBars {
    /** The most bars any rule can need: a 4-hour window plus one close for its first return. */
    public static final int MAX_BARS = 241;

    private static final long NONE = Long.MIN_VALUE;

    /** Epoch minute of the newest bar, or {@link #NONE} before the first trade. */
    public long currentMinute = NONE;

    /** Bars held, the current one included. */
    public int count;

    /** Index of the newest bar. */
    public int head;

    public double[] closes = new double[0];
    public long[] volumes = new long[0];

    /** Sum of price times size per bar, for the VWAP. */
    public double[] tradedValues = new double[0];

    public MinuteBars() {}

    /**
     * Adds an in-order trade (at or after every earlier one) and keeps {@code capacity} bars, which
     * is what the symbol's rules need.
     */
    public void record(long timestamp, double price, long size, int capacity) {
        if (capacity != closes.length) {
            resize(Math.min(capacity, MAX_BARS));
        }
        if (closes.length == 0) {
            return;
        }
        long minute = Math.floorDiv(timestamp, MarketView.BAR_MILLIS);
        if (currentMinute == NONE) {
            currentMinute = minute;
            count = 1;
            head = 0;
            closes[0] = price;
        } else if (minute > currentMinute) {
            advance(minute - currentMinute);
            currentMinute = minute;
        }
        closes[head] = price;
        volumes[head] += size;
        tradedValues[head] += price * size;
    }

    public int capacity() {
        return closes.length;
    }

    /** Volume of the newest {@code bars} bars, or of all held if fewer were seen. */
    public double volume(int bars) {
        long total = 0;
        for (int age = 0; age < Math.min(bars, count); age++) {
            total += volumes[index(age)];
        }
        return total;
    }

    /** VWAP of the newest {@code bars} bars, or of all held; NaN if nothing traded. */
    public double vwap(int bars) {
        double value = 0;
        long volume = 0;
        for (int age = 0; age < Math.min(bars, count); age++) {
            value += tradedValues[index(age)];
            volume += volumes[index(age)];
        }
        return volume == 0 ? Double.NaN : value / volume;
    }

    public double sma(int bars) {
        if (count < bars) {
            return Double.NaN;
        }
        return sumOfCloses(0, bars) / bars;
    }

    /** EMA with alpha 2 / (bars + 1), started from the SMA of the oldest bars of its span. */
    public double ema(int bars) {
        if (count < bars) {
            return Double.NaN;
        }
        int span = Math.min(count, bars * MarketView.EMA_SPAN);
        double alpha = 2.0 / (bars + 1);
        double ema = sumOfCloses(span - bars, span) / bars;
        for (int age = span - bars - 1; age >= 0; age--) {
            ema += alpha * (close(age) - ema);
        }
        return ema;
    }

    /**
     * Wilder's RSI over {@code periods} changes, started from the simple averages of the oldest
     * changes of its span: 100 with no losses, 50 for a flat series (as {@link
     * io.tradestream.model.indicators.Rsi}).
     */
    public double rsi(int periods) {
        int changes = Math.min(count - 1, periods * MarketView.EMA_SPAN);
        if (changes < periods) {
            return Double.NaN;
        }
        double gain = 0;
        double loss = 0;
        for (int i = 0; i < changes; i++) {
            int age = changes - 1 - i;
            double change = close(age) - close(age + 1);
            if (i < periods) {
                gain += Math.max(change, 0) / periods;
                loss += Math.max(-change, 0) / periods;
            } else {
                gain = (gain * (periods - 1) + Math.max(change, 0)) / periods;
                loss = (loss * (periods - 1) + Math.max(-change, 0)) / periods;
            }
        }
        if (loss == 0) {
            return gain == 0 ? 50 : 100;
        }
        return 100 - 100 / (1 + gain / loss);
    }

    /** {@code sma(bars) + k} population standard deviations of the same closes. */
    public double bollinger(int bars, double k) {
        double mean = sma(bars);
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        double squares = 0;
        for (int age = 0; age < bars; age++) {
            double deviation = close(age) - mean;
            squares += deviation * deviation;
        }
        return mean + k * Math.sqrt(squares / bars);
    }

    /** Sample standard deviation of the last {@code returns} log returns, in percent. */
    public double volatility(int returns) {
        if (count < returns + 1 || returns < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int age = 0; age < returns; age++) {
            sum += Math.log(close(age) / close(age + 1));
        }
        double mean = sum / returns;
        double squares = 0;
        for (int age = 0; age < returns; age++) {
            double deviation = Math.log(close(age) / close(age + 1)) - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / (returns - 1)) * 100;
    }

    /** The close {@code age} bars back: 0 is the current bar. */
    private double close(int age) {
        return closes[index(age)];
    }

    private double sumOfCloses(int fromAge, int toAge) {
        double sum = 0;
        for (int age = fromAge; age < toAge; age++) {
            sum += close(age);
        }
        return sum;
    }

    private int index(int age) {
        return Math.floorMod(head - age, closes.length);
    }

    /** Opens {@code minutes} new bars; all but the last are minutes without trades. */
    private void advance(long minutes) {
        double carried = closes[head];
        int steps = (int) Math.min(minutes, closes.length);
        for (int i = 0; i < steps; i++) {
            head = (head + 1) % closes.length;
            closes[head] = carried;
            volumes[head] = 0;
            tradedValues[head] = 0;
        }
        count = (int) Math.min(count + minutes, closes.length);
    }

    /** Keeps the newest bars that fit in {@code capacity}; 0 forgets everything. */
    private void resize(int capacity) {
        int kept = Math.min(count, capacity);
        double[] newCloses = new double[capacity];
        long[] newVolumes = new long[capacity];
        double[] newValues = new double[capacity];
        for (int age = 0; age < kept; age++) {
            int from = index(age);
            int to = kept - 1 - age;
            newCloses[to] = closes[from];
            newVolumes[to] = volumes[from];
            newValues[to] = tradedValues[from];
        }
        closes = newCloses;
        volumes = newVolumes;
        tradedValues = newValues;
        count = kept;
        head = Math.max(kept - 1, 0);
        if (kept == 0) {
            currentMinute = NONE;
        }
    }
}
