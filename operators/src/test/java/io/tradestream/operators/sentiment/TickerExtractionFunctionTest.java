package io.tradestream.operators.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.sentiment.MentionedTweet;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TickerExtractionFunctionTest {
    private BroadcastOperatorTestHarness<Tweet, KeywordChange, MentionedTweet> harness;

    @BeforeEach
    void start() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void passesTweetsWithTheirTickersAndDropsTweetsWithout() throws Exception {
        tweet("1", "$TSLA and Apple");
        tweet("2", "lovely weather");

        assertThat(mentions()).containsExactly("1@1000 [TSLA, AAPL]");
    }

    @Test
    void keywordChangesApplyAtRuntimeByVersion() throws Exception {
        harness.processBroadcastElement(change("cupertino", 2, false, "AAPL"), 0);
        tweet("1", "Cupertino ships");
        harness.processBroadcastElement(change("cupertino", 1, true), 0); // stale: ignored
        tweet("2", "Cupertino again");
        harness.processBroadcastElement(change("cupertino", 3, true), 0);
        tweet("3", "Cupertino once more");

        assertThat(mentions()).containsExactly("1@1000 [AAPL]", "2@1000 [AAPL]");
    }

    @Test
    void keywordChangesSurviveASnapshotAndRestore() throws Exception {
        harness.processBroadcastElement(change("meta", 1, true), 0);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);
        harness.close();
        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();

        tweet("1", "Meta and $NFLX");

        assertThat(mentions()).containsExactly("1@1000 [NFLX]");
    }

    private void tweet(String id, String text) throws Exception {
        harness.processElement(new Tweet(id, 1_000, text, null, "en", false), 1_000);
    }

    private static KeywordChange change(
            String keyword, long version, boolean delete, String... symbols) {
        return new KeywordChange(keyword, symbols, version, delete);
    }

    private List<String> mentions() {
        return harness.extractOutputValues().stream()
                .map(m -> m.id() + "@" + m.timestamp() + " " + List.of(m.symbols()))
                .toList();
    }

    private static BroadcastOperatorTestHarness<Tweet, KeywordChange, MentionedTweet> newHarness()
            throws Exception {
        return new BroadcastOperatorTestHarness<>(
                new CoBroadcastWithNonKeyedOperator<>(
                        new TickerExtractionFunction(), List.of(SentimentState.KEYWORDS)),
                1,
                1,
                0);
    }
}
