package io.tradestream.model.market;

import java.util.Arrays;

/**
 * The bar-function values already computed for the current event, so that a hundred rules reading
 * {@code sma(20m)} of one symbol compute it once. Cleared for every event; allocates nothing once
 * it has grown to the number of distinct functions a symbol's rules use.
 */
final class IndicatorMemo {
    private int[] functions = new int[8];
    private int[] counts = new int[8];
    private double[] widths = new double[8];
    private double[] values = new double[8];
    private int size;

    void clear() {
        size = 0;
    }

    /**
     * The slot holding {@code function(count, width)}, or -1 if not computed for this event. The
     * width is a Bollinger band's, 0 for other functions.
     */
    int find(int function, int count, double width) {
        for (int i = 0; i < size; i++) {
            if (functions[i] == function && counts[i] == count && widths[i] == width) {
                return i;
            }
        }
        return -1;
    }

    double value(int slot) {
        return values[slot];
    }

    double remember(int function, int count, double width, double value) {
        if (size == functions.length) {
            functions = Arrays.copyOf(functions, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
            widths = Arrays.copyOf(widths, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        functions[size] = function;
        counts[size] = count;
        widths[size] = width;
        values[size] = value;
        size++;
        return value;
    }
}
