package io.tradestream.model.rules;

/**
 * One version of a user's alert rule, as TradeStream keeps it in broadcast state.
 *
 * <p>The stored form is deliberately compact (the condition is kept as source text and compiled
 * when loaded) because broadcast state is held by, and checkpointed from, every parallel task.
 *
 * @param owner the user who owns the rule
 * @param id the rule's id, unique per owner
 * @param version increases with every change; a task applies a change only if it is newer
 * @param status active, or deleted (a tombstone)
 * @param symbols the symbols the rule watches; empty for a tombstone
 * @param condition the condition in the rule language; empty for a tombstone
 * @param cooldownMillis after firing, the rule stays quiet for this long (event time)
 */
public record AlertRule(
        String owner,
        String id,
        long version,
        RuleStatus status,
        String[] symbols,
        String condition,
        long cooldownMillis) {

    public static AlertRule deleted(String owner, String id, long version) {
        return new AlertRule(owner, id, version, RuleStatus.DELETED, new String[0], "", 0);
    }

    /** The broadcast-state key: rule ids are unique per owner, not globally. */
    public String key() {
        return keyOf(owner, id);
    }

    public static String keyOf(String owner, String id) {
        return owner + "/" + id;
    }

    public boolean isActive() {
        return status == RuleStatus.ACTIVE;
    }
}
