package io.tradestream.model.rules;

/**
 * One valid request from the rules topic: a definition to create or update, or a lifecycle action
 * on an existing rule. Whether it may be applied (owner, version, quota) is decided against the
 * rules already held.
 *
 * @param definition the rule as requested, for {@link RuleAction#UPSERT}; null otherwise
 */
public record RuleCommand(
        RuleAction action, String owner, String id, long version, Rule definition) {

    public static RuleCommand upsert(Rule definition) {
        return new RuleCommand(
                RuleAction.UPSERT,
                definition.owner(),
                definition.id(),
                definition.version(),
                definition);
    }

    public static RuleCommand lifecycle(RuleAction action, String owner, String id, long version) {
        if (action == RuleAction.UPSERT) {
            throw new IllegalArgumentException("an upsert carries a definition");
        }
        return new RuleCommand(action, owner, id, version, null);
    }
}
