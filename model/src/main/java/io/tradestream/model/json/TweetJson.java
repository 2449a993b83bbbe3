package io.tradestream.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradestream.model.tweets.Tweet;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Tweets on the {@code tweets} topic, in the shape of the X (Twitter) API v2 tweet object:
 *
 * <pre>{@code
 * {"id":"1861","text":"$AAPL to the moon","created_at":"2026-11-23T14:30:05.000Z",
 *  "author_id":"42","lang":"en","referenced_tweets":[{"type":"retweeted","id":"1850"}]}
 * }</pre>
 *
 * <p>The filtered stream's envelope {@code {"data":{...},"matching_rules":[...]}} is read too, so
 * its lines can be stored and replayed as they came. {@code id}, {@code text} and {@code
 * created_at} are required; other fields are optional, and fields the API adds are ignored.
 */
public final class TweetJson {
    /** Long posts reach 25,000 characters; anything longer is not a post. */
    public static final int MAX_TEXT_CHARS = 25_000;

    private static final Pattern ID = Pattern.compile("[0-9]{1,19}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TweetJson() {}

    public static ParseResult<Tweet> parse(byte[] payload) {
        return parse(payload, Clock.systemUTC());
    }

    public static ParseResult<Tweet> parse(byte[] payload, Clock clock) {
        try {
            JsonFields fields = JsonFields.parseObject(payload);
            JsonFields data = fields.objectOrNull("data");
            return ParseResult.ok(tweet(data != null ? data : fields, clock));
        } catch (InvalidRecordException e) {
            return ParseResult.error("invalid tweet: " + e.getMessage());
        }
    }

    private static Tweet tweet(JsonFields fields, Clock clock) {
        String id = fields.requireString("id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidRecordException(
                    "field 'id' must be 1-19 digits, got '" + JsonFields.echo(id) + "'");
        }
        String text = fields.requireString("text");
        if (text.isBlank() || text.length() > MAX_TEXT_CHARS) {
            throw new InvalidRecordException(
                    "field 'text' must hold 1 to "
                            + MAX_TEXT_CHARS
                            + " characters and not only spaces, got "
                            + text.length()
                            + " characters");
        }
        return new Tweet(
                id,
                createdAt(fields, clock),
                text,
                optionalString(fields, "author_id"),
                optionalString(fields, "lang"),
                isRetweet(fields.node().get("referenced_tweets")));
    }

    private static long createdAt(JsonFields fields, Clock clock) {
        String text = fields.requireString("created_at");
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidRecordException(
                    "field 'created_at' must be an ISO-8601 UTC time such as"
                            + " 2026-11-23T14:30:05.000Z, got '"
                            + JsonFields.echo(text)
                            + "'");
        }
        Instant latest = clock.instant().plus(MarketEventParser.MAX_FUTURE_SKEW);
        if (instant.isBefore(MarketEventParser.EARLIEST_EVENT_TIME) || instant.isAfter(latest)) {
            throw new InvalidRecordException(
                    "field 'created_at' must lie between "
                            + MarketEventParser.EARLIEST_EVENT_TIME
                            + " and one day from now, got "
                            + text);
        }
        return instant.toEpochMilli();
    }

    private static String optionalString(JsonFields fields, String field) {
        return fields.has(field) ? fields.requireString(field) : null;
    }

    private static boolean isRetweet(JsonNode references) {
        if (references == null || !references.isArray()) {
            return false;
        }
        for (JsonNode reference : references) {
            if ("retweeted".equals(reference.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The tweet as an API v2 tweet object; a retweet references its (unknown) original. */
    public static byte[] write(Tweet tweet) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", tweet.id());
        node.put("text", tweet.text());
        node.put("created_at", Instant.ofEpochMilli(tweet.timestamp()).toString());
        if (tweet.authorId() != null) {
            node.put("author_id", tweet.authorId());
        }
        if (tweet.lang() != null) {
            node.put("lang", tweet.lang());
        }
        if (tweet.retweet()) {
            node.putArray("referenced_tweets").addObject().put("type", "retweeted");
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
