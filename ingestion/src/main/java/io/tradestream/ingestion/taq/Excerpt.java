package io.tradestream.ingestion.taq;

/** A line or value as messages quote it: whole if short, cut with an ellipsis if long. */
final class Excerpt {

    static final int MAX_LENGTH = 160;

    private Excerpt() {}

    static String of(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
    }
}
