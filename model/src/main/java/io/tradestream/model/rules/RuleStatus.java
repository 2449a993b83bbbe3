package io.tradestream.model.rules;

/** Where a rule stands in its lifecycle. */
public enum RuleStatus {
    /** Evaluated on every market event of its symbols. */
    ACTIVE,
    /** Kept, but not evaluated until its owner resumes it; a strategy's open position stays. */
    PAUSED,
    /** Deleted by its owner; kept as a tombstone so an older version arriving late is ignored. */
    DELETED
}
