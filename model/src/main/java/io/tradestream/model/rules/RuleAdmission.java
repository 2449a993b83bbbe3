package io.tradestream.model.rules;

/**
 * Decides whether a user's request may change their rules: the version must be newer than the one
 * held, a lifecycle action needs a rule to act on, and a new rule must fit in the user's quota.
 * Whether the id belongs to the user is settled before, per id.
 */
public final class RuleAdmission {
    private final int maxRulesPerUser;

    /**
     * @param maxRulesPerUser how many rules, active or paused, one user may hold
     */
    public RuleAdmission(int maxRulesPerUser) {
        if (maxRulesPerUser < 1) {
            throw new IllegalArgumentException("a user must be allowed at least one rule");
        }
        this.maxRulesPerUser = maxRulesPerUser;
    }

    /**
     * The rule version that results from {@code command}, or why it is refused.
     *
     * @param held the user's current version of the rule, a tombstone, or null if never seen
     * @param rulesHeld how many of the user's rules are active or paused
     */
    public Decision decide(RuleCommand command, Rule held, int rulesHeld) {
        if (held != null && command.version() <= held.version()) {
            return Decision.refused(
                    "version "
                            + command.version()
                            + " of rule '"
                            + command.id()
                            + "' is not newer than the applied version "
                            + held.version()
                            + "; send it again with a version above "
                            + held.version());
        }
        boolean exists = held != null && held.status() != RuleStatus.DELETED;
        return switch (command.action()) {
            case UPSERT -> upsert(command.definition(), held, exists, rulesHeld);
            case PAUSE -> lifecycle(command, held, exists, RuleStatus.PAUSED, "pause");
            case RESUME -> lifecycle(command, held, exists, RuleStatus.ACTIVE, "resume");
            case DELETE -> lifecycle(command, held, exists, RuleStatus.DELETED, "delete");
        };
    }

    private Decision upsert(Rule definition, Rule held, boolean exists, int rulesHeld) {
        if (!exists && rulesHeld >= maxRulesPerUser) {
            return Decision.refused(
                    "over quota: "
                            + definition.owner()
                            + " already has "
                            + rulesHeld
                            + " rules, the most one user may hold; delete one first");
        }
        // Editing a paused rule keeps it paused: its owner resumes it when ready.
        boolean paused = exists && held.status() == RuleStatus.PAUSED;
        return Decision.accepted(
                paused
                        ? definition.withStatus(RuleStatus.PAUSED, definition.version())
                        : definition);
    }

    private static Decision lifecycle(
            RuleCommand command, Rule held, boolean exists, RuleStatus status, String verb) {
        if (!exists) {
            return Decision.refused(
                    "cannot "
                            + verb
                            + " rule '"
                            + command.id()
                            + "': "
                            + command.owner()
                            + " has no such rule");
        }
        return Decision.accepted(held.withStatus(status, command.version()));
    }

    /**
     * @param rule the new version, or null if refused
     * @param reason why it was refused, or null if accepted
     */
    public record Decision(Rule rule, String reason) {
        static Decision accepted(Rule rule) {
            return new Decision(rule, null);
        }

        static Decision refused(String reason) {
            return new Decision(null, reason);
        }

        public boolean isAccepted() {
            return rule != null;
        }
    }
}
