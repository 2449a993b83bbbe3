package io.tradestream.operators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.market.SymbolUpdate;
import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleKind;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.model.sentiment.SymbolSentiment;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleEngineFunctionTest {
    private static final long MINUTE = 60_000;

    private KeyedBroadcastOperatorTestHarness<String, SymbolUpdate, Rule, Alert> harness;

    @BeforeEach
    void start() throws Exception {
        harness = newHarness();
        open();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void firesWhenThePriceCrossesOnlyForWatchedSymbolsOnceTheWatermarkPasses() throws Exception {
        harness.processBroadcastElement(rule("r1", 1, "price crosses_above 200", "AAPL"), 0);

        trade("AAPL", 1_000, 199.0);
        trade("MSFT", 1_500, 250.0);
        trade("AAPL", 2_000, 200.5);
        trade("AAPL", 3_000, 201.0);
        assertThat(alerts()).as("nothing before the watermark").isEmpty();

        harness.processWatermark(3_000);
        assertThat(alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void appliesUpdatesInEventTimeOrderWhateverTheArrivalOrder() throws Exception {
        harness.processBroadcastElement(rule("r1", 1, "price crosses_above 200", "AAPL"), 0);

        trade("AAPL", 2_000, 201.0);
        trade("AAPL", 1_000, 199.0); // arrives later, happened earlier
        harness.processWatermark(2_000);

        assertThat(alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void ordersTheUpdatesOfOneMillisecondByContent() throws Exception {
        harness.processBroadcastElement(rule("r1", 1, "price crosses_above 200", "AAPL"), 0);
        harness.processBroadcastElement(rule("wide", 1, "spread > 0.5", "AAPL"), 0);

        trade("AAPL", 1_000, 199.0);
        trade("AAPL", 2_000, 201.0); // sorted by price: 199.5 then 201 at 2000
        trade("AAPL", 2_000, 199.5);
        quote("AAPL", 2_000, 198.0, 199.0); // quotes before trades: 0.5 is not above 0.5
        quote("AAPL", 2_000, 199.0, 201.0);
        harness.processWatermark(2_000);

        assertThat(alerts())
                .extracting(Alert::ruleId, Alert::price)
                .containsExactly(Tuple.tuple("wide", 199.0), Tuple.tuple("r1", 201.0));
    }

    @Test
    void anUpdateBehindTheWatermarkIsCountedAndDropped() throws Exception {
        harness.processBroadcastElement(rule("r1", 1, "price crosses_above 200", "AAPL"), 0);
        trade("AAPL", 1_000, 199.0);
        harness.processWatermark(5_000);

        trade("AAPL", 4_000, 250.0);
        harness.processWatermark(6_000);

        assertThat(alerts()).isEmpty();
    }

    @Test
    void anUpdateReplacesTheRuleAndAStaleVersionIsIgnored() throws Exception {
        harness.processBroadcastElement(rule("r1", 1, "price > 500", "AAPL"), 0);
        harness.processBroadcastElement(rule("r1", 3, "price > 100", "AAPL"), 0);
        harness.processBroadcastElement(rule("r1", 2, "price > 50", "AAPL"), 0);

        trade("AAPL", 1_000, 90.0);
        trade("AAPL", 2_000, 150.0);
        harness.processWatermark(2_000);

        assertThat(alerts()).extracting(Alert::ruleVersion).containsExactly(3L);
    }

    @Test
    void pausedAndDeletedRulesStayQuietAndAResumedRuleObservesAfresh() throws Exception {
        Rule rule = rule("r1", 1, "price > 100", "AAPL");
        harness.processBroadcastElement(rule, 0);
        harness.processBroadcastElement(rule.withStatus(RuleStatus.PAUSED, 2), 0);
        trade("AAPL", 1_000, 90.0);
        trade("AAPL", 2_000, 150.0);
        harness.processWatermark(2_000);
        assertThat(alerts()).as("paused").isEmpty();

        harness.processBroadcastElement(rule.withStatus(RuleStatus.ACTIVE, 3), 0);
        trade("AAPL", 3_000, 99.0);
        trade("AAPL", 4_000, 101.0);
        harness.processWatermark(4_000);
        assertThat(alerts()).extracting(Alert::timestamp).containsExactly(4_000L);

        harness.processBroadcastElement(rule.withStatus(RuleStatus.DELETED, 4), 0);
        harness.processBroadcastElement(rule, 0); // version 1 again: older than the tombstone
        trade("AAPL", 5_000, 99.0);
        trade("AAPL", 6_000, 101.0);
        harness.processWatermark(6_000);
        assertThat(alerts()).as("deleted").extracting(Alert::timestamp).containsExactly(4_000L);
    }

    @Test
    void rulesMemoryAndWaitingUpdatesSurviveASnapshotAndRestore() throws Exception {
        harness.processBroadcastElement(rule("r1", 1, "price crosses_above 200", "AAPL"), 0);
        trade("AAPL", 1_000, 199.0);
        harness.processWatermark(1_000);
        trade("AAPL", 2_000, 201.0); // still waiting for the watermark
        OperatorSubtaskState snapshot = harness.snapshot(1, 2_000);
        harness.close();

        harness = newHarness();
        harness.initializeState(snapshot);
        open();
        harness.processWatermark(2_000);

        assertThat(alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void changeOverAWindowUsesThePriceHistory() throws Exception {
        harness.processBroadcastElement(rule("swing", 1, "change_pct(2s) >= 5", "AAPL"), 0);

        trade("AAPL", 10_000, 100.0);
        trade("AAPL", 11_000, 103.0);
        trade("AAPL", 12_000, 104.0); // +4 % over 2 s
        trade("AAPL", 12_500, 105.5); // +5.5 % against second 10
        harness.processWatermark(13_000);

        assertThat(alerts()).extracting(Alert::price).containsExactly(105.5);
    }

    /**
     * sma(2m) of the one-minute closes, the current minute closing at the last price: minute 0
     * closes at 100, minute 1 trades at 101 (sma 100.5) and then 103 (sma 101.5, crossing 101).
     */
    @Test
    void barFunctionsFollowTheMinuteClosesAndTheLivePrice() throws Exception {
        harness.processBroadcastElement(rule("avg", 1, "sma(2m) crosses_above 101", "AAPL"), 0);

        trade("AAPL", 10_000, 100.0);
        trade("AAPL", MINUTE + 1_000, 101.0);
        trade("AAPL", MINUTE + 2_000, 103.0);
        harness.processWatermark(MINUTE + 2_000);

        assertThat(alerts())
                .extracting(Alert::timestamp, Alert::price)
                .containsExactly(Tuple.tuple(MINUTE + 2_000, 103.0));
    }

    @Test
    void oncePerBarFiresInEachMinuteTheConditionHolds() throws Exception {
        harness.processBroadcastElement(
                rule("bar", 1, "price > 100", Frequency.ONCE_PER_BAR, "AAPL"), 0);

        trade("AAPL", 1_000, 101.0);
        trade("AAPL", 2_000, 102.0);
        trade("AAPL", MINUTE + 1_000, 99.0);
        trade("AAPL", MINUTE + 2_000, 101.0);
        trade("AAPL", 2 * MINUTE, 101.0);
        harness.processWatermark(3 * MINUTE);

        assertThat(alerts())
                .extracting(Alert::timestamp)
                .containsExactly(1_000L, MINUTE + 2_000, 2 * MINUTE);
    }

    @Test
    void sentimentRulesFireWhenAMinuteOfTweetsTipsTheWindowAndSurviveARestore() throws Exception {
        harness.processBroadcastElement(
                rule("mood", 1, "sentiment(2m) > 0.2 and tweet_count(2m) >= 3", "AAPL"), 0);
        trade("AAPL", 30_000, 150.0);
        sentiment("AAPL", 0, 0.3, 2); // 2 tweets: too few
        harness.processWatermark(MINUTE);
        OperatorSubtaskState snapshot = harness.snapshot(1, 70_000);
        harness.close();
        harness = newHarness();
        harness.initializeState(snapshot);
        open();

        sentiment("AAPL", MINUTE, 0.5, 2); // minutes 0-1: mean 0.8 / 4 = 0.2, not above
        sentiment("AAPL", 2 * MINUTE, 0.9, 2); // minutes 1-2: mean 1.4 / 4 = 0.35
        sentiment("MSFT", 2 * MINUTE, 5.0, 5); // another symbol: no effect on AAPL
        harness.processWatermark(3 * MINUTE);

        assertThat(alerts())
                .extracting(Alert::id, Alert::price)
                .containsExactly(Tuple.tuple("alice:mood:AAPL:180000", 150.0));
    }

    @Test
    void sentimentDoesNotTriggerRulesThatDoNotReadIt() throws Exception {
        harness.processBroadcastElement(rule("level", 1, "price > 100", "AAPL"), 0);
        sentiment("AAPL", 0, 0.9, 2);
        harness.processWatermark(MINUTE);

        assertThat(alerts()).isEmpty();
    }

    /**
     * Opens the harness with the rules input idle, as in the job: event time is then the market's
     * alone.
     */
    private void open() throws Exception {
        harness.open();
        harness.processBroadcastWatermark(Long.MAX_VALUE);
    }

    /** A harness that is not opened yet, so that state can be restored into it first. */
    private static KeyedBroadcastOperatorTestHarness<String, SymbolUpdate, Rule, Alert> newHarness()
            throws Exception {
        return new KeyedBroadcastOperatorTestHarness<>(
                new CoBroadcastWithKeyedOperator<>(
                        new RuleEngineFunction(), List.of(RuleEngineState.RULES)),
                SymbolUpdate::symbol,
                Types.STRING,
                1,
                1,
                0);
    }

    private void trade(String symbol, long timestamp, double price) throws Exception {
        harness.processElement(
                SymbolUpdate.of(MarketEvent.of(new Trade(symbol, timestamp, price, 100))),
                timestamp);
    }

    private void quote(String symbol, long timestamp, double bid, double ask) throws Exception {
        harness.processElement(
                SymbolUpdate.of(MarketEvent.of(new Quote(symbol, timestamp, bid, 100, ask, 100))),
                timestamp);
    }

    /** One minute of sentiment starting at {@code start}, as the sentiment windows emit it. */
    private void sentiment(String symbol, long start, double scoreSum, long tweets)
            throws Exception {
        harness.processElement(
                SymbolUpdate.of(
                        new SymbolSentiment(symbol, start, start + MINUTE, scoreSum, tweets, 0, 0)),
                start + MINUTE - 1);
    }

    private List<Alert> alerts() {
        return harness.extractOutputValues();
    }

    private static Rule rule(String id, long version, String when, String... symbols) {
        return rule(id, version, when, Frequency.EVERY_TIME, symbols);
    }

    private static Rule rule(
            String id, long version, String when, Frequency frequency, String... symbols) {
        return new Rule(
                "alice",
                id,
                version,
                RuleKind.ALERT,
                RuleStatus.ACTIVE,
                symbols,
                when,
                frequency,
                0,
                null);
    }
}
