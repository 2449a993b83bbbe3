package io.tradestream.ingestion.taq;

import io.tradestream.model.MarketEvent;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The counts of a replay: lines read, events sent, lines skipped and malformed. The first malformed
 * lines are printed in full, with file, line number and reason; all are counted.
 */
final class ReplayTally {

    private final int malformedShown;
    private final Consumer<String> printer;
    private final Map<ParsedLine.SkipReason, Long> skipped =
            new EnumMap<>(ParsedLine.SkipReason.class);
    private long lines;
    private long trades;
    private long quotes;
    private long malformed;

    /**
     * @param malformedShown how many malformed lines to print
     * @param printer prints a report line about a malformed line
     */
    ReplayTally(int malformedShown, Consumer<String> printer) {
        this.malformedShown = malformedShown;
        this.printer = printer;
    }

    void lineRead() {
        lines++;
    }

    void sent(MarketEvent event) {
        if (event.isTrade()) {
            trades++;
        } else {
            quotes++;
        }
    }

    void skipped(ParsedLine.SkipReason reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void malformed(String file, long lineNumber, String reason, String line) {
        malformed++;
        if (malformed <= malformedShown) {
            printer.accept(
                    "malformed line "
                            + file
                            + ":"
                            + lineNumber
                            + ": "
                            + reason
                            + ": "
                            + Excerpt.of(line));
        } else if (malformed == malformedShown + 1L) {
            printer.accept(
                    "more malformed lines are counted, not shown (--show-malformed N shows more)");
        }
    }

    long lines() {
        return lines;
    }

    long trades() {
        return trades;
    }

    long quotes() {
        return quotes;
    }

    long events() {
        return trades + quotes;
    }

    long malformed() {
        return malformed;
    }

    /**
     * Skipped lines by {@linkplain ParsedLine.SkipReason#description() reason}, in the order of
     * {@link ParsedLine.SkipReason}; only reasons that occurred.
     */
    Map<String, Long> skipped() {
        Map<String, Long> byDescription = new LinkedHashMap<>();
        skipped.forEach((reason, count) -> byDescription.put(reason.description(), count));
        return byDescription;
    }
}
