package io.tradestream.dashboard.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One of a trader's rules as the job recorded it in {@code rules_by_user}.
 *
 * @param kind {@code alert}, {@code strategy} or {@code watchlist} (as the trader wrote it); null
 *     when every request about the rule was refused
 * @param status {@code active}, {@code paused} or {@code deleted}; null when never accepted
 * @param definition the rule as last submitted, or null
 * @param lastRejection why the latest request was refused; null once one is applied
 */
public record RuleRow(
        String id,
        String kind,
        String status,
        long version,
        JsonNode definition,
        List<String> symbols,
        String lastRejection,
        Instant updatedAt) {

    /** Whether the rule exists for its owner: accepted and not deleted. */
    public boolean exists() {
        return status != null && !status.equals("deleted");
    }
}
