package io.tradestream.model.rules;

import java.util.Locale;

/**
 * One row of a user's rule list ({@code rules_by_user}): the rule as it stands and why the latest
 * request about it was refused, if it was.
 *
 * @param kind alert or strategy; null if the rule was never accepted
 * @param status active, paused or deleted; null if the rule was never accepted
 * @param version the applied version, 0 if none
 * @param writeTime the row's Cassandra write timestamp ({@link io.tradestream.model.WriteTime})
 */
public record UserRuleRow(
        String owner,
        String ruleId,
        String kind,
        String status,
        long version,
        String definitionJson,
        String[] symbols,
        String lastRejection,
        long updatedAt,
        long writeTime) {

    public static UserRuleRow of(String owner, String ruleId, UserRule held, long writeTime) {
        Rule rule = held.rule;
        return new UserRuleRow(
                owner,
                ruleId,
                rule == null ? null : rule.kind().name().toLowerCase(Locale.ROOT),
                rule == null ? null : rule.status().name().toLowerCase(Locale.ROOT),
                rule == null ? 0 : rule.version(),
                held.definitionJson,
                rule == null ? new String[0] : rule.symbols(),
                held.lastRejection,
                held.updatedAt,
                writeTime);
    }
}
