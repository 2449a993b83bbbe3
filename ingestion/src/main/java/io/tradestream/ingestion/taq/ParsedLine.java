package io.tradestream.ingestion.taq;

/** What one data line of a TAQ file turned out to be. */
sealed interface ParsedLine {

    /** A trade or quote to publish. */
    record Event(TaqEvent event) implements ParsedLine {}

    /** A line that breaks the layout; the reason says how. */
    record Malformed(String reason) implements ParsedLine {}

    /** A valid line that is not published, for a reason the summary counts. */
    record Skipped(SkipReason reason) implements ParsedLine {}

    /** Why valid lines are left out. */
    enum SkipReason {
        /**
         * An exchange with no bid or no offer quotes a price (and size) of 0 on that side; the
         * quotes topic carries two-sided quotes only.
         */
        ONE_SIDED_QUOTE("one-sided quotes"),
        /** {@code --symbols} was given and does not list the line's symbol. */
        OTHER_SYMBOL("symbols not selected");

        private final String description;

        SkipReason(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }
}
