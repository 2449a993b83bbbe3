package io.tradestream.model.rules;

/** What a rule does when its condition fires. A watchlist is read into an alert rule. */
public enum RuleKind {
    /** Tells its owner: a row in alerts_by_user and a record on the alerts topic. */
    ALERT,
    /** Places a paper order for its owner and manages the position it opens. */
    STRATEGY
}
