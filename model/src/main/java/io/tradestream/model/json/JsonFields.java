package io.tradestream.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradestream.model.Symbols;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict, reason-giving access to the fields of one JSON object.
 *
 * <p>Every accessor throws {@link InvalidRecordException} with a message that names the field and
 * says what was expected, so a person reading a dead letter knows what to fix.
 */
final class JsonFields {
    /** Echoed values in error messages are cut to this many characters. */
    private static final int MAX_ECHO = 40;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;

    private JsonFields(JsonNode node) {
        this.node = node;
    }

    /** Reads {@code payload} as one JSON object carrying exactly the {@code allowed} fields. */
    static JsonFields parseObject(byte[] payload, Set<String> allowed) {
        JsonFields fields = parseObject(payload);
        fields.refuseUnknown(allowed);
        return fields;
    }

    /** Reads {@code payload} as one JSON object with any fields. */
    static JsonFields parseObject(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new InvalidRecordException("empty record: expected a JSON object");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidRecordException("not readable: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException(
                    "expected a JSON object, got " + (node == null ? "nothing" : describe(node)));
        }
        return new JsonFields(node);
    }

    /** The object field {@code field}, if there is one. */
    JsonFields objectOrNull(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? new JsonFields(value) : null;
    }

    /** The underlying tree, for fields with a structure of their own. */
    JsonNode node() {
        return node;
    }

    /** Refuses the record if it carries a field outside {@code allowed}, naming the strays. */
    void refuseUnknown(Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(echo(name));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRecordException(
                    "unknown field(s) "
                            + unknown
                            + "; allowed fields are "
                            + new TreeSet<>(allowed));
        }
    }

    /** The JSON tree of {@code payload}, or {@code null} if it is not readable JSON. */
    static JsonNode readTreeOrNull(byte[] payload) {
        try {
            return payload == null ? null : MAPPER.readTree(payload);
        } catch (IOException e) {
            return null;
        }
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String requireString(String field) {
        JsonNode value = require(field);
        if (!value.isTextual()) {
            throw wrongType(field, "a string", value);
        }
        return value.textValue();
    }

    long requireLong(String field) {
        JsonNode value = require(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(field, "a whole number", value);
        }
        return value.longValue();
    }

    double requireDouble(String field) {
        JsonNode value = require(field);
        if (!value.isNumber()) {
            throw wrongType(field, "a number", value);
        }
        return value.doubleValue();
    }

    /** The {@code version} field of a versioned change: a whole number of at least 1. */
    long requireVersion() {
        long version = requireLong("version");
        if (version < 1) {
            throw new InvalidRecordException(
                    "field 'version' must be a whole number of at least 1, got " + version);
        }
        return version;
    }

    /**
     * Whether a versioned change deletes: its optional {@code action} is {@code delete}, or {@code
     * upsert} (the default).
     */
    boolean isDeletion() {
        String action = has("action") ? requireString("action") : "upsert";
        return switch (action) {
            case "upsert" -> false;
            case "delete" -> true;
            default ->
                    throw new InvalidRecordException(
                            "field 'action' must be 'upsert' or 'delete', got '"
                                    + echo(action)
                                    + "'");
        };
    }

    /**
     * A non-empty list of at most {@code max} valid symbols, without repeats, in order.
     *
     * @param limitPhrase completes "... lists N symbols; {@code limitPhrase} at most max", e.g. "a
     *     rule may watch"
     */
    String[] requireSymbols(String field, int max, String limitPhrase) {
        JsonNode list = require(field);
        if (!list.isArray() || list.isEmpty()) {
            throw wrongType(field, "a non-empty list of symbols", list);
        }
        if (list.size() > max) {
            throw new InvalidRecordException(
                    "field '"
                            + field
                            + "' lists "
                            + list.size()
                            + " symbols; "
                            + limitPhrase
                            + " at most "
                            + max);
        }
        Set<String> symbols = new LinkedHashSet<>();
        for (JsonNode element : list) {
            if (!element.isTextual() || !Symbols.isValid(element.textValue())) {
                throw new InvalidRecordException(
                        "field '"
                                + field
                                + "' holds "
                                + describe(element)
                                + "; each symbol must be "
                                + Symbols.FORMAT_DESCRIPTION);
            }
            symbols.add(element.textValue());
        }
        return symbols.toArray(String[]::new);
    }

    JsonNode require(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidRecordException("missing required field '" + field + "'");
        }
        return value;
    }

    static InvalidRecordException wrongType(String field, String expected, JsonNode value) {
        return new InvalidRecordException(
                "field '" + field + "' must be " + expected + ", got " + describe(value));
    }

    /** A short description of a JSON value for error messages: its type and a cut excerpt. */
    static String describe(JsonNode value) {
        String type = value.getNodeType().name().toLowerCase(Locale.ROOT);
        return type + " " + echo(value.toString());
    }

    /** Cuts a user-supplied value so that a 1 MB field does not become a 1 MB error message. */
    static String echo(String text) {
        if (text.length() <= MAX_ECHO) {
            return text;
        }
        return text.substring(0, MAX_ECHO) + "... (" + text.length() + " characters)";
    }
}
