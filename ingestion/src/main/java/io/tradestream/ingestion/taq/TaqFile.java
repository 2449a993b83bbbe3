package io.tradestream.ingestion.taq;

import java.time.LocalDate;

/**
 * A TAQ file to replay.
 *
 * @param location where it is
 * @param kind trades or quotes
 * @param date its trading date, on which its times of day fall
 */
record TaqFile(TaqLocation location, TaqKind kind, LocalDate date) {

    @Override
    public String toString() {
        return kind.noun() + "s " + location + " of " + date;
    }
}
