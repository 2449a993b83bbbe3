package io.tradestream.dashboard.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradestream.dashboard.web.ApiException;
import io.tradestream.dashboard.web.JsonBodies;
import io.tradestream.model.json.ParseResult;
import io.tradestream.model.json.RuleParser;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.rules.expr.ConditionCompiler;
import io.tradestream.rules.expr.RuleSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a trader writes into a request for the {@code rules} topic, checked by the parser the
 * job itself uses, so that a rule the dashboard accepts is one the job can read. The dashboard sets
 * the owner (the signed-in trader) and the version.
 */
public final class RuleDrafts {
    private static final List<String> SET_BY_DASHBOARD = List.of("version", "action");
    private static final Pattern FIELD = Pattern.compile("^field '([a-z_]+)'");
    private static final String PARSER_PREFIX = "invalid rule: ";

    private final RuleParser parser = new RuleParser();

    /**
     * The upsert request for {@code body}, owned by {@code user} at {@code version}.
     *
     * @throws ApiException 400 with the parser's reason (and the field and position when known), or
     *     403 when the body names another owner
     */
    public ObjectNode upsert(String user, ObjectNode body, long version) {
        ObjectNode request = body.deepCopy();
        String owner = JsonBodies.text(request, "owner");
        if (request.has("owner") && !user.equals(owner)) {
            throw ApiException.forbidden(
                    "rules are created for the signed-in user '"
                            + user
                            + "': leave out 'owner' or set it to '"
                            + user
                            + "'");
        }
        for (String field : SET_BY_DASHBOARD) {
            if (request.has(field)) {
                throw ApiException.badRequest("leave out '" + field + "': the dashboard sets it");
            }
        }
        request.put("owner", user);
        request.put("version", version);
        ApiException problem = problem(request);
        if (problem != null) {
            throw problem;
        }
        return request;
    }

    /** A pause, resume or delete of the user's rule {@code id}. */
    public static ObjectNode lifecycle(String user, String id, String action, long version) {
        ObjectNode request = JsonBodies.MAPPER.createObjectNode();
        request.put("id", id);
        request.put("owner", user);
        request.put("action", action);
        request.put("version", version);
        return request;
    }

    /** What is wrong with {@code body} as an upsert of {@code user}, or null if it is valid. */
    public ApiException validate(String user, ObjectNode body) {
        try {
            upsert(user, body, 1);
            return null;
        } catch (ApiException e) {
            return e;
        }
    }

    private ApiException problem(ObjectNode request) {
        // The condition is compiled on its own first, for the position of its error.
        String when = JsonBodies.text(request, "when");
        if (when != null) {
            try {
                ConditionCompiler.compile(when);
            } catch (RuleSyntaxException e) {
                return invalid("field 'when': " + e.getMessage(), "when", e.position());
            }
        }
        ParseResult<RuleCommand> parsed =
                parser.parse(request.toString().getBytes(StandardCharsets.UTF_8));
        if (parsed.isOk()) {
            return null;
        }
        String reason = parsed.error();
        if (reason.startsWith(PARSER_PREFIX)) {
            reason = reason.substring(PARSER_PREFIX.length());
        }
        Matcher field = FIELD.matcher(reason);
        return invalid(reason, field.find() ? field.group(1) : null, null);
    }

    private static ApiException invalid(String reason, String field, Integer position) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (field != null) {
            details.put("field", field);
        }
        if (position != null) {
            details.put("position", position);
        }
        return new ApiException(400, reason, details);
    }
}
