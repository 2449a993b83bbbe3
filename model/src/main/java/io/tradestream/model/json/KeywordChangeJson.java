package io.tradestream.model.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.KeywordDictionary;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Changes of the ticker keyword dictionary on the {@code ticker-keywords} topic:
 *
 * <pre>{@code
 * {"keyword":"cupertino","symbols":["AAPL"],"version":3}
 * {"keyword":"cupertino","version":4,"action":"delete"}
 * }</pre>
 *
 * <p>{@code action} is {@code upsert} (the default) or {@code delete}; a change is applied only
 * when its {@code version} is newer than the one held for the keyword.
 */
public final class KeywordChangeJson {
    /** A keyword may name at most this many tickers. */
    public static final int MAX_SYMBOLS = 10;

    private static final Set<String> FIELDS = Set.of("keyword", "symbols", "version", "action");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KeywordChangeJson() {}

    public static ParseResult<KeywordChange> parse(byte[] payload) {
        try {
            JsonFields fields = JsonFields.parseObject(payload, FIELDS);
            String keyword = keyword(fields.requireString("keyword"));
            long version = fields.requireVersion();
            if (fields.isDeletion()) {
                return ParseResult.ok(new KeywordChange(keyword, new String[0], version, true));
            }
            return ParseResult.ok(
                    new KeywordChange(
                            keyword,
                            fields.requireSymbols(
                                    "symbols", MAX_SYMBOLS, "a keyword may stand for"),
                            version,
                            false));
        } catch (InvalidRecordException e) {
            return ParseResult.error("invalid keyword change: " + e.getMessage());
        }
    }

    private static String keyword(String text) {
        String keyword = KeywordDictionary.normalize(text);
        if (!KeywordDictionary.isValidKeyword(keyword)) {
            throw new InvalidRecordException(
                    "field 'keyword' must be "
                            + KeywordDictionary.KEYWORD_DESCRIPTION
                            + ", got '"
                            + JsonFields.echo(text)
                            + "'");
        }
        return keyword;
    }

    public static byte[] write(KeywordChange change) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("keyword", change.keyword());
        if (change.delete()) {
            node.put("action", "delete");
        } else {
            ArrayNode symbols = node.putArray("symbols");
            for (String symbol : change.symbols()) {
                symbols.add(symbol);
            }
        }
        node.put("version", change.version());
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
