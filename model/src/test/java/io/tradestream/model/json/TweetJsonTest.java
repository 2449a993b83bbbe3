package io.tradestream.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TweetJsonTest {
    private static final Clock NOW =
            Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
    private static final long T = Instant.parse("2026-11-23T14:30:05Z").toEpochMilli();

    @Test
    void readsAnApiTweetObjectAndTheStreamEnvelope() {
        String tweet =
                "{\"id\":\"1861\",\"text\":\"$AAPL to the"
                    + " moon\",\"created_at\":\"2026-11-23T14:30:05.000Z\","
                    + "\"author_id\":\"42\",\"lang\":\"en\",\"edit_history_tweet_ids\":[\"1861\"]}";

        assertThat(parse(tweet).value())
                .isEqualTo(new Tweet("1861", T, "$AAPL to the moon", "42", "en", false));
        assertThat(
                        parse(
                                        "{\"data\":"
                                                + tweet
                                                + ",\"matching_rules\":[{\"id\":\"7\",\"tag\":\"x\"}]}")
                                .value())
                .isEqualTo(new Tweet("1861", T, "$AAPL to the moon", "42", "en", false));
    }

    @Test
    void marksRetweetsAndWritesWhatItReads() {
        Tweet retweet = new Tweet("9", T, "RT @bob: $TSLA 🚀", null, "en", true);

        byte[] written = TweetJson.write(retweet);

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"id\":\"9\",\"text\":\"RT @bob: $TSLA"
                            + " 🚀\",\"created_at\":\"2026-11-23T14:30:05Z\","
                            + "\"lang\":\"en\",\"referenced_tweets\":[{\"type\":\"retweeted\"}]}");
        assertThat(TweetJson.parse(written, NOW).value()).isEqualTo(retweet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[1] | invalid tweet: expected a JSON object, got array [1]",
                "{\"text\":\"x\",\"created_at\":\"2026-11-23T14:30:05Z\"} | invalid tweet: missing"
                        + " required field 'id'",
                "{\"id\":\"12a\",\"text\":\"x\",\"created_at\":\"2026-11-23T14:30:05Z\"} | invalid"
                        + " tweet: field 'id' must be 1-19 digits, got '12a'",
                "{\"id\":\"1\",\"text\":\"  \",\"created_at\":\"2026-11-23T14:30:05Z\"} | invalid"
                    + " tweet: field 'text' must hold 1 to 25000 characters and not only spaces,"
                    + " got 2 characters",
                "{\"id\":\"1\",\"text\":\"x\",\"created_at\":\"yesterday\"} | invalid tweet: field"
                    + " 'created_at' must be an ISO-8601 UTC time such as 2026-11-23T14:30:05.000Z,"
                    + " got 'yesterday'",
                "{\"id\":\"1\",\"text\":\"x\",\"created_at\":\"2026-11-25T14:30:05Z\"} | invalid"
                    + " tweet: field 'created_at' must lie between 1990-01-01T00:00:00Z and one day"
                    + " from now, got 2026-11-25T14:30:05Z",
                "{\"id\":\"1\",\"text\":\"x\"} | invalid tweet: missing required field"
                        + " 'created_at'",
            })
    void refusesWithAReason(String payload, String reason) {
        assertThat(parse(payload).error()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"keyword\":\"Cupertino\",\"symbols\":[\"AAPL\"],\"version\":3} | cupertino AAPL"
                        + " 3 false",
                "{\"keyword\":\"AT&T "
                    + " Inc\",\"symbols\":[\"T\"],\"version\":1,\"action\":\"upsert\"} | at & t inc"
                    + " T 1 false",
                "{\"keyword\":\"cupertino\",\"version\":4,\"action\":\"delete\"} | cupertino  4"
                        + " true",
            })
    void readsKeywordChanges(String payload, String expected) {
        KeywordChange change =
                KeywordChangeJson.parse(payload.getBytes(StandardCharsets.UTF_8)).value();

        assertThat(
                        change.keyword()
                                + " "
                                + String.join(",", change.symbols())
                                + " "
                                + change.version()
                                + " "
                                + change.delete())
                .isEqualTo(expected);
        assertThat(KeywordChangeJson.parse(KeywordChangeJson.write(change)).value().keyword())
                .isEqualTo(change.keyword());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"keyword\":\"x\",\"symbols\":[\"X\"],\"version\":1} | invalid keyword change:"
                    + " field 'keyword' must be 2 to 64 characters with 1 to 6 words of letters or"
                    + " digits, got 'x'",
                "{\"keyword\":\"apple\",\"symbols\":[\"aapl\"],\"version\":1} | invalid keyword"
                    + " change: field 'symbols' holds string \"aapl\"; each symbol must be 1-10"
                    + " upper-case letters or digits starting with a letter, optionally followed by"
                    + " a class suffix such as .B",
                "{\"keyword\":\"apple\",\"symbols\":[\"AAPL\"],\"version\":0} | invalid keyword"
                        + " change: field 'version' must be a whole number of at least 1, got 0",
                "{\"keyword\":\"apple\",\"version\":1,\"action\":\"rename\"} | invalid keyword"
                        + " change: field 'action' must be 'upsert' or 'delete', got 'rename'",
                "{\"keyword\":\"apple\",\"symbols\":[\"AAPL\"],\"version\":1,\"owner\":\"x\"} |"
                        + " invalid keyword change: unknown field(s) [owner]; allowed fields are"
                        + " [action, keyword, symbols, version]",
            })
    void refusesKeywordChangesWithAReason(String payload, String reason) {
        assertThat(KeywordChangeJson.parse(payload.getBytes(StandardCharsets.UTF_8)).error())
                .isEqualTo(reason);
    }

    private static ParseResult<Tweet> parse(String json) {
        return TweetJson.parse(json.getBytes(StandardCharsets.UTF_8), NOW);
    }
}
