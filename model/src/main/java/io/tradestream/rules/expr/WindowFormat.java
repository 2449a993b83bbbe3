package io.tradestream.rules.expr;

/** Writes a window length the way users write it. */
final class WindowFormat {
    private WindowFormat() {}

    static String format(long millis) {
        if (millis % 86_400_000 == 0) {
            return millis / 86_400_000 + "d";
        }
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis / 1_000 + "s";
    }
}
