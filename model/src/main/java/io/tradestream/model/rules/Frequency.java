package io.tradestream.model.rules;

/** How often a rule may fire for one symbol, as trading platforms offer it. */
public enum Frequency {
    /** Each time the condition becomes true, at most once per cooldown. */
    EVERY_TIME,
    /** The first time the condition becomes true, never again for that symbol and version. */
    ONCE,
    /** At most once per one-minute bar while the condition holds. */
    ONCE_PER_BAR
}
