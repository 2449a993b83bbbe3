package io.tradestream.dashboard.rules;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.dashboard.web.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads traders' rules from {@code rules_by_user}, which the job writes as it admits requests. */
public final class RuleBook {
    private final CqlSession session;
    private final PreparedStatement one;
    private final PreparedStatement all;

    public RuleBook(CqlSession session) {
        this.session = session;
        this.one = session.prepare("SELECT * FROM rules_by_user WHERE user_id = ? AND rule_id = ?");
        this.all = session.prepare("SELECT * FROM rules_by_user WHERE user_id = ?");
    }

    public Optional<RuleRow> find(String user, String ruleId) {
        return Optional.ofNullable(session.execute(one.bind(user, ruleId)).one())
                .map(RuleBook::row);
    }

    /** The user's rules that are not deleted, including those whose every request was refused. */
    public List<RuleRow> list(String user) {
        List<RuleRow> rules = new ArrayList<>();
        for (Row row : session.execute(all.bind(user))) {
            RuleRow rule = row(row);
            if (!"deleted".equals(rule.status())) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static RuleRow row(Row row) {
        JsonNode definition = definition(row.getString("definition"));
        String kind = row.getString("kind");
        // The job stores a watchlist as the alert it becomes; the trader still sees a watchlist.
        if (definition != null && "watchlist".equals(definition.path("kind").asText())) {
            kind = kind == null ? null : "watchlist";
        }
        return new RuleRow(
                row.getString("rule_id"),
                kind,
                row.getString("status"),
                row.getLong("version"),
                definition,
                WatchedSymbols.of(row),
                row.getString("last_rejection"),
                row.getInstant("updated_at"));
    }

    private static JsonNode definition(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JsonBodies.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
