package io.tradestream.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.model.rules.Durations;
import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleAction;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.model.rules.RuleKind;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.rules.expr.ConditionCompiler;
import io.tradestream.rules.expr.RuleSyntaxException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates requests from the {@code rules} topic.
 *
 * <p>An alert is {@code {"id":"swing","owner":"bob","kind":"alert","symbols":["TSLA"],
 * "when":"abs(change_pct(5m)) >= 3","cooldown":"10m","version":1}}; a watchlist {@code
 * {"id":"tech","owner":"bob","kind":"watchlist","symbols":["AAPL","MSFT"],"threshold_pct":3,
 * "window":"15m","version":1}} is read as the alert {@code abs(change_pct(15m)) >= 3} on its
 * symbols. A strategy adds what it orders when its condition fires and how it exits: {@code
 * "order":{"side":"buy","qty":100,"type":"market"},"exit":{"stop_loss_pct":2}} ({@link
 * StrategyTermsJson}). Pausing, resuming and deleting name the rule: {@code
 * {"id":"swing","owner":"bob", "action":"pause","version":2}}. Every request carries a version, and
 * only a newer version replaces an older one. Conditions are compiled here, so a rule that reaches
 * the engine is known to be valid.
 */
public final class RuleParser {
    /** A rule may watch at most this many symbols; a larger watchlist is split by its owner. */
    public static final int MAX_SYMBOLS_PER_RULE = 100;

    /** The longest cooldown a rule may ask for. */
    public static final long MAX_COOLDOWN_MILLIS = 7 * 86_400_000L;

    /** A watchlist looks back over this window unless it names one. */
    public static final String DEFAULT_WATCHLIST_WINDOW = "5m";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}");
    private static final String NAME_DESCRIPTION =
            "1-64 letters, digits or _ . @ - starting with a letter or digit";

    private static final Set<String> IDENTITY = Set.of("id", "owner", "version", "action");
    private static final Set<String> ALERT_FIELDS =
            union(IDENTITY, "kind", "symbols", "when", "cooldown", "frequency");
    private static final Set<String> STRATEGY_FIELDS =
            union(ALERT_FIELDS, "order", "exit", "costs", "allow_short");
    private static final Set<String> WATCHLIST_FIELDS =
            union(IDENTITY, "kind", "symbols", "threshold_pct", "window", "cooldown", "frequency");

    public ParseResult<RuleCommand> parse(byte[] payload) {
        try {
            JsonFields fields = JsonFields.parseObject(payload);
            RuleAction action = action(fields);
            if (action != RuleAction.UPSERT) {
                fields.refuseUnknown(IDENTITY);
                return ParseResult.ok(
                        RuleCommand.lifecycle(
                                action,
                                name(fields, "owner"),
                                name(fields, "id"),
                                fields.requireVersion()));
            }
            return ParseResult.ok(RuleCommand.upsert(definition(fields)));
        } catch (InvalidRecordException e) {
            return ParseResult.error("invalid rule: " + e.getMessage());
        }
    }

    /** Best effort: the owner and id of a refused request, so the owner can be told. */
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

    private static RuleAction action(JsonFields fields) {
        String action = fields.has("action") ? fields.requireString("action") : "upsert";
        return switch (action) {
            case "upsert" -> RuleAction.UPSERT;
            case "pause" -> RuleAction.PAUSE;
            case "resume" -> RuleAction.RESUME;
            case "delete" -> RuleAction.DELETE;
            default ->
                    throw new InvalidRecordException(
                            "field 'action' must be 'upsert', 'pause', 'resume' or 'delete', got '"
                                    + JsonFields.echo(action)
                                    + "'");
        };
    }

    private static Rule definition(JsonFields fields) {
        String kind = fields.requireString("kind");
        switch (kind) {
            case "alert" -> fields.refuseUnknown(ALERT_FIELDS);
            case "strategy" -> fields.refuseUnknown(STRATEGY_FIELDS);
            case "watchlist" -> fields.refuseUnknown(WATCHLIST_FIELDS);
            default ->
                    throw new InvalidRecordException(
                            "field 'kind' must be 'alert', 'strategy' or 'watchlist', got '"
                                    + JsonFields.echo(kind)
                                    + "'");
        }
        String owner = name(fields, "owner");
        String id = name(fields, "id");
        long version = fields.requireVersion();
        String[] symbols =
                fields.requireSymbols("symbols", MAX_SYMBOLS_PER_RULE, "a rule may watch");
        String condition =
                "watchlist".equals(kind) ? watchlistCondition(fields) : condition(fields);
        boolean strategy = "strategy".equals(kind);
        JsonNode node = fields.node();
        return new Rule(
                owner,
                id,
                version,
                strategy ? RuleKind.STRATEGY : RuleKind.ALERT,
                RuleStatus.ACTIVE,
                symbols,
                condition,
                frequency(fields),
                fields.has("cooldown") ? cooldown(fields.requireString("cooldown")) : 0,
                strategy
                        ? StrategyTermsJson.parse(
                                node.get("order"),
                                node.get("exit"),
                                node.get("costs"),
                                node.get("allow_short"))
                        : null);
    }

    private static String condition(JsonFields fields) {
        String condition = fields.requireString("when");
        try {
            ConditionCompiler.compile(condition);
        } catch (RuleSyntaxException e) {
            throw new InvalidRecordException("field 'when': " + e.getMessage());
        }
        return condition;
    }

    /** A watchlist alerts when a symbol moves by the threshold either way over the window. */
    private static String watchlistCondition(JsonFields fields) {
        double threshold = fields.requireDouble("threshold_pct");
        if (!(threshold > 0 && threshold <= 100)) {
            throw new InvalidRecordException(
                    "field 'threshold_pct' must be above 0 and at most 100, got "
                            + decimal(threshold));
        }
        String window =
                fields.has("window") ? fields.requireString("window") : DEFAULT_WATCHLIST_WINDOW;
        String condition = "abs(change_pct(" + window + ")) >= " + decimal(threshold);
        try {
            ConditionCompiler.compile(condition);
        } catch (RuleSyntaxException e) {
            throw new InvalidRecordException(
                    "field 'window' must be a duration from 1s to 1h such as 15m, got '"
                            + JsonFields.echo(window)
                            + "'");
        }
        return condition;
    }

    private static Frequency frequency(JsonFields fields) {
        String frequency =
                fields.has("frequency") ? fields.requireString("frequency") : "every_time";
        return switch (frequency) {
            case "every_time" -> Frequency.EVERY_TIME;
            case "once" -> Frequency.ONCE;
            case "once_per_bar" -> Frequency.ONCE_PER_BAR;
            default ->
                    throw new InvalidRecordException(
                            "field 'frequency' must be 'every_time', 'once' or 'once_per_bar', got"
                                    + " '"
                                    + JsonFields.echo(frequency)
                                    + "'");
        };
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

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }

    /** {@code 3.0} as {@code 3}: how the number reads in a condition and a message. */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
