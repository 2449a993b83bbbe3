package io.tradestream.model.rules;

/** What a record on the rules topic asks for. */
public enum RuleAction {
    /** Create the rule, or replace its definition (a paused rule stays paused). */
    UPSERT,
    PAUSE,
    RESUME,
    DELETE
}
