package io.tradestream.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.model.rules.AlertRule;
import io.tradestream.model.rules.Durations;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.rules.expr.ConditionCompiler;
import io.tradestream.rules.expr.RuleSyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates rule changes from the {@code rules} topic.
 *
 * <p>An alert rule is {@code {"id":"swing","owner":"bob","kind":"alert","symbols":["TSLA"],
 * "when":"abs(change_pct(5m)) >= 3","cooldown":"10m","version":1}}; deleting it is {@code
 * {"id":"swing","owner":"bob","action":"delete","version":2}}. Every change carries a version, and
 * a newer version replaces an older one. The condition is compiled here, so a rule that reaches the
 * engine is known to be valid.
 */
public final class RuleParser {
    /** A rule may watch at most this many symbols; a watchlist splits into several rules. */
    public static final int MAX_SYMBOLS_PER_RULE = 100;

    /** The longest cooldown a rule may ask for. */
    public static final long MAX_COOLDOWN_MILLIS = 7 * 86_400_000L;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}");
    private static final String NAME_DESCRIPTION =
            "1-64 letters, digits or _ . @ - starting with a letter or digit";

    private static final Set<String> FIELDS =
            Set.of("id", "owner", "kind", "symbols", "when", "cooldown", "version", "action");

    public ParseResult<AlertRule> parse(byte[] payload) {
        try {
            JsonFields fields = JsonFields.parseObject(payload, FIELDS);
            String owner = name(fields, "owner");
            String id = name(fields, "id");
            long version = fields.requireVersion();
            return ParseResult.ok(
                    fields.isDeletion()
                            ? AlertRule.deleted(owner, id, version)
                            : upsert(fields, owner, id, version));
        } catch (InvalidRecordException e) {
            return ParseResult.error("invalid rule: " + e.getMessage());
        }
    }

    /** Best effort: the owner and id of a refused change, so the owner can be told. */
    public static String[] ownerAndId(byte[] payload) {
        JsonNode node = JsonFields.readTreeOrNull(payload);
        return new String[] {text(node, "owner"), text(node, "id")};
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            return "";
        }
        return JsonFields.echo(value.textValue());
    }

    private static AlertRule upsert(JsonFields fields, String owner, String id, long version) {
        String kind = fields.requireString("kind");
        if (!"alert".equals(kind)) {
            throw new InvalidRecordException(
                    "kind '"
                            + JsonFields.echo(kind)
                            + "' is not supported; this version of TradeStream runs kind 'alert'");
        }
        String condition = fields.requireString("when");
        try {
            ConditionCompiler.compile(condition);
        } catch (RuleSyntaxException e) {
            throw new InvalidRecordException("field 'when': " + e.getMessage());
        }
        long cooldown = fields.has("cooldown") ? cooldown(fields.requireString("cooldown")) : 0;
        return new AlertRule(
                owner,
                id,
                version,
                RuleStatus.ACTIVE,
                fields.requireSymbols("symbols", MAX_SYMBOLS_PER_RULE, "a rule may watch"),
                condition,
                cooldown);
    }

    private static String name(JsonFields fields, String field) {
        String value = fields.requireString(field);
        if (!NAME.matcher(value).matches()) {
            throw new InvalidRecordException(
                    "field '"
                            + field
                            + "' must be "
                            + NAME_DESCRIPTION
                            + ", got '"
                            + JsonFields.echo(value)
                            + "'");
        }
        return value;
    }

    private static long cooldown(String text) {
        long millis;
        try {
            millis = Durations.parseMillis(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException(
                    "field 'cooldown': expected a duration such as 30s, 10m, 1h or 1d, got '"
                            + JsonFields.echo(text)
                            + "'");
        }
        if (millis > MAX_COOLDOWN_MILLIS) {
            throw new InvalidRecordException(
                    "field 'cooldown' must be at most 7d, got '" + JsonFields.echo(text) + "'");
        }
        return millis;
    }
}
