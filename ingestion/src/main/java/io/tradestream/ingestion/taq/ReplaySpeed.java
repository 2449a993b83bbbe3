package io.tradestream.ingestion.taq;

import java.util.Locale;

/**
 * How fast a replay goes: as fast as possible, or {@code factor} seconds of event time per second
 * of wall time (1 is real time, 10 is ten times faster, 0.5 half speed).
 */
public record ReplaySpeed(double factor) {

    public static final ReplaySpeed MAX = new ReplaySpeed(Double.POSITIVE_INFINITY);
    public static final ReplaySpeed REALTIME = new ReplaySpeed(1);

    public ReplaySpeed {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("a replay speed must be above 0, got " + factor);
        }
    }

    /**
     * @param text {@code max}, {@code realtime}, or a factor such as {@code 10}, {@code 10x} or
     *     {@code 0.5}
     * @throws IllegalArgumentException if it is none of these
     */
    public static ReplaySpeed parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("max")) {
            return MAX;
        }
        if (value.equals("realtime")) {
            return REALTIME;
        }
        String number = value.endsWith("x") ? value.substring(0, value.length() - 1) : value;
        double factor;
        try {
            factor = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            factor = Double.NaN;
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException(
                    "expected max, realtime or a factor above 0 such as 10 (ten times faster"
                            + " than real time), got '"
                            + text
                            + "'");
        }
        return new ReplaySpeed(factor);
    }

    public boolean isMax() {
        return Double.isInfinite(factor);
    }

    @Override
    public String toString() {
        if (isMax()) {
            return "max";
        }
        return factor == 1 ? "realtime" : ProgressFormat.number(factor) + "x";
    }
}
