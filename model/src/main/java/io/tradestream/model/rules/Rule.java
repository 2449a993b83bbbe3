package io.tradestream.model.rules;

import io.tradestream.model.trading.StrategyTerms;

/**
 * One version of a user's rule, as TradeStream keeps it in broadcast state.
 *
 * <p>The stored form is deliberately compact (the condition is kept as source text and compiled
 * when loaded) because broadcast state is held by, and checkpointed from, every parallel task.
 *
 * @param owner the user who owns the rule
 * @param id the rule's id, unique across users: the first owner to use an id keeps it
 * @param version increases with every change; a change is applied only if it is newer
 * @param kind alert or strategy
 * @param status active, paused, or deleted (a tombstone)
 * @param symbols the symbols the rule watches; empty for a tombstone
 * @param condition the condition in the rule language; empty for a tombstone
 * @param frequency how often it may fire per symbol
 * @param cooldownMillis after firing, the rule stays quiet for this long (event time)
 * @param terms what a strategy orders and how it exits; null for an alert
 */
public record Rule(
        String owner,
        String id,
        long version,
        RuleKind kind,
        RuleStatus status,
        String[] symbols,
        String condition,
        Frequency frequency,
        long cooldownMillis,
        StrategyTerms terms) {

    /**
     * The same rule at another status and version: a pause, a resume or a deletion. A deleted
     * strategy keeps its terms, whose costs apply when its position is closed.
     */
    public Rule withStatus(RuleStatus newStatus, long newVersion) {
        return newStatus == RuleStatus.DELETED
                ? new Rule(
                        owner,
                        id,
                        newVersion,
                        kind,
                        RuleStatus.DELETED,
                        new String[0],
                        "",
                        Frequency.EVERY_TIME,
                        0,
                        terms)
                : new Rule(
                        owner,
                        id,
                        newVersion,
                        kind,
                        newStatus,
                        symbols,
                        condition,
                        frequency,
                        cooldownMillis,
                        terms);
    }

    public boolean isStrategy() {
        return kind == RuleKind.STRATEGY;
    }

    public boolean isActive() {
        return status == RuleStatus.ACTIVE;
    }
}
