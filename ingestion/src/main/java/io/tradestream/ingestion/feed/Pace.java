package io.tradestream.ingestion.feed;

/** How fast events are published. */
public enum Pace {
    /** Event time follows the wall clock: an event is sent when its time (from the start) comes. */
    REALTIME,
    /** As fast as the producer takes them. */
    MAX
}
