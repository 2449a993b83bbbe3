package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.tradestream.sentiment.SentimentScorer;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tweets on the real stack: tickers from cashtags, company names and a keyword added at runtime,
 * CoreNLP scores, per-symbol minutes and sliding windows into {@code sentiment_by_symbol}, and a
 * sentiment rule firing in the alert engine.
 */
@ExtendWith(LocalStackExtension.class)
class SentimentIT {
    private static final long T0 = PipelineIT.T0;

    private static final String BULLISH = "$AAPL crushed earnings, to the moon \uD83D\uDE80";
    private static final String BY_NAME = "Apple upgraded to buy at Morgan Stanley, very bullish";
    private static final String BY_NEW_KEYWORD = "Cupertino keeps winning, what a great quarter!";
    private static final String BEARISH = "$TSLA downgrade, bearish into delivery numbers";

    @Test
    void tweetsBecomeSentimentWindowsAndFireASentimentRule(LocalStack stack) throws Exception {
        try (TradeStreamJobRun run = TradeStreamJobRun.prepare(stack, "sentiment")) {
            StackClients.produce(
                    stack,
                    run.topic("rules"),
                    List.<String[]>of(
                            PipelineIT.rule(
                                    "alice",
                                    "buzz",
                                    "[\"AAPL\"]",
                                    "sentiment(1m) > 0.2 and tweet_count(1m) >= 3",
                                    "")));
            run.submitAndAwaitRules(1);
            StackClients.produce(
                    stack,
                    run.topic("ticker-keywords"),
                    List.<String[]>of(
                            new String[] {
                                "cupertino",
                                "{\"keyword\":\"cupertino\",\"symbols\":[\"AAPL\"],\"version\":1}"
                            }));
            StackClients.await(
                    "the keyword change in the ticker extraction",
                    Duration.ofMinutes(1),
                    () -> run.metric("Ticker extraction", "keywordChangesHeld") == 1);
            StackClients.produce(
                    stack,
                    run.topic("trades"),
                    List.<String[]>of(PipelineIT.trade("AAPL", 1_000, 190.0, 5)));
            StackClients.produce(
                    stack,
                    run.topic("tweets"),
                    List.of(
                            tweet("1001", 5_000, BULLISH),
                            tweet("1002", 10_000, BY_NAME),
                            tweet("1003", 20_000, BY_NEW_KEYWORD),
                            tweet("1004", 30_000, BEARISH),
                            tweet("1005", 40_000, "What a lovely morning for a walk"),
                            new String[] {"1006", "{\"id\":\"1006\",\"text\":\"$AAPL no time\"}"}));
            StackClients.awaitConsumed(
                    stack,
                    run.groupId(),
                    List.of(run.topic("trades"), run.topic("tweets")),
                    Duration.ofMinutes(2));
            // Moves the tweets' event time to 14:34:55 (5 min minus the 5 s bound): the sliding
            // windows ending 14:31 to 14:34 close.
            StackClients.produce(
                    stack,
                    run.topic("tweets"),
                    List.<String[]>of(tweet("1007", 300_000, "$ZZZZ flush")));

            SentimentScorer scorer = new SentimentScorer();
            double apple =
                    (scorer.score(BULLISH).score()
                                    + scorer.score(BY_NAME).score()
                                    + scorer.score(BY_NEW_KEYWORD).score())
                            / 3;
            assertThat(apple).as("the AAPL tweets' mean score").isGreaterThan(0.2);
            double tesla = scorer.score(BEARISH).score();
            try (CqlSession cql = StackClients.cql(stack)) {
                StackClients.await(
                        "four sentiment windows of AAPL and TSLA",
                        Duration.ofMinutes(2),
                        () ->
                                windows(cql, run, "AAPL").size() == 4
                                        && windows(cql, run, "TSLA").size() == 4);
                assertThat(windows(cql, run, "AAPL"))
                        .containsExactly(
                                window("14:34", apple, 3),
                                window("14:33", apple, 3),
                                window("14:32", apple, 3),
                                window("14:31", apple, 3));
                assertThat(windows(cql, run, "TSLA")).first().isEqualTo(window("14:34", tesla, 1));
                assertThat(windows(cql, run, "ZZZZ")).isEmpty();

                StackClients.await(
                        "the sentiment alert",
                        Duration.ofMinutes(1),
                        () -> !alerts(cql, run).isEmpty());
                // The minute 14:30 takes effect 15 s after its end (the publication delay).
                assertThat(alerts(cql, run))
                        .containsExactly(
                                "alice:buzz:AAPL:"
                                        + (T0 + 75_000)
                                        + " 190.0 AAPL: sentiment(1m) > 0.2 and tweet_count(1m)"
                                        + " >= 3 (price 190)");
            }
            List<String> deadLetters =
                    StackClients.readCommitted(
                            stack, run.topic("dead-letters"), 1, Duration.ofMinutes(1));
            assertThat(deadLetters).hasSize(1);
            assertThat(deadLetters.get(0)).contains("created_at");
            // The REST API refreshes metrics every few seconds.
            StackClients.await(
                    "the tweet without a ticker to be counted",
                    Duration.ofSeconds(30),
                    () -> run.metric("Ticker extraction", "tweetsWithoutTicker") == 1);
            assertThat(run.restarts()).isZero();
        }
    }

    private static String[] tweet(String id, long offset, String text) {
        String json =
                "{\"id\":\""
                        + id
                        + "\",\"text\":\""
                        + text.replace("\"", "\\\"")
                        + "\",\"created_at\":\""
                        + Instant.ofEpochMilli(T0 + offset)
                        + "\",\"author_id\":\"42\",\"lang\":\"en\"}";
        return new String[] {id, json};
    }

    /** One window's row as "end length mean count", the mean to 6 places. */
    private static String window(String end, double mean, long count) {
        return "2026-11-23T" + end + ":00Z 15m " + String.format("%.6f", mean) + " " + count;
    }

    private static List<String> windows(CqlSession cql, TradeStreamJobRun run, String symbol) {
        List<String> rows = new ArrayList<>();
        for (Row row :
                cql.execute(
                        "SELECT ts, window_length, mean, tweet_count FROM "
                                + run.keyspace()
                                + ".sentiment_by_symbol WHERE symbol = ? AND day = '2026-11-23'",
                        symbol)) {
            rows.add(
                    row.getInstant("ts")
                            + " "
                            + row.getString("window_length")
                            + " "
                            + String.format("%.6f", row.getDouble("mean"))
                            + " "
                            + row.getLong("tweet_count"));
        }
        return rows;
    }

    private static List<String> alerts(CqlSession cql, TradeStreamJobRun run) {
        List<String> rows = new ArrayList<>();
        for (Row row :
                cql.execute(
                        "SELECT id, price, message FROM "
                                + run.keyspace()
                                + ".alerts_by_user WHERE user_id = 'alice' AND day ="
                                + " '2026-11-23'")) {
            rows.add(
                    row.getString("id")
                            + " "
                            + row.getDouble("price")
                            + " "
                            + row.getString("message"));
        }
        return rows;
    }
}
