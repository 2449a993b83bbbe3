package io.tradestream.operators.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.market.SymbolUpdate;
import io.tradestream.model.rules.AlertRule;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.model.sentiment.SymbolSentiment;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertEngineFunctionTest {
    private KeyedBroadcastOperatorTestHarness<String, SymbolUpdate, RuleChange, Alert> harness;

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
    void firesWhenThePriceCrossesAndOnlyForWatchedSymbols() throws Exception {
        harness.processBroadcastElement(
                change(rule("r1", 1, "price crosses_above 200", "AAPL")), 0);

        trade("AAPL", 1_000, 199.0);
        trade("MSFT", 1_500, 250.0);
        trade("AAPL", 2_000, 200.5);
        trade("AAPL", 3_000, 201.0);

        assertThat(alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void anUpdateReplacesTheRuleAndAStaleVersionIsRefused() throws Exception {
        harness.processBroadcastElement(change(rule("r1", 1, "price > 500", "AAPL")), 0);
        harness.processBroadcastElement(change(rule("r1", 3, "price > 100", "AAPL")), 0);
        harness.processBroadcastElement(change(rule("r1", 2, "price > 50", "AAPL")), 0);

        trade("AAPL", 1_000, 150.0);

        assertThat(alerts()).extracting(Alert::ruleVersion).containsExactly(3L);
        assertThat(refused())
                .extracting(RuleRejection::reason)
                .containsExactly(
                        "version 2 of rule 'r1' is not newer than the applied version 3; send"
                                + " the change again with a version above 3");
    }

    @Test
    void aDeletedRuleStopsFiringAndAnOlderVersionCannotRevive() throws Exception {
        harness.processBroadcastElement(change(rule("r1", 1, "price > 100", "AAPL")), 0);
        harness.processBroadcastElement(change(AlertRule.deleted("alice", "r1", 2)), 0);
        harness.processBroadcastElement(change(rule("r1", 1, "price > 100", "AAPL")), 0);

        trade("AAPL", 1_000, 150.0);

        assertThat(alerts()).isEmpty();
        assertThat(refused()).hasSize(1);
    }

    @Test
    void rulesAndTheirMemorySurviveASnapshotAndRestore() throws Exception {
        harness.processBroadcastElement(
                change(rule("r1", 1, "price crosses_above 200", "AAPL")), 0);
        trade("AAPL", 1_000, 199.0);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1_000);
        harness.close();

        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        trade("AAPL", 2_000, 201.0);

        assertThat(alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void olderEventsThanTheSymbolHasSeenAreIgnored() throws Exception {
        harness.processBroadcastElement(
                change(rule("r1", 1, "price crosses_above 200", "AAPL")), 0);

        trade("AAPL", 2_000, 199.0);
        trade("AAPL", 1_000, 250.0); // late: it cannot move the current price

        assertThat(alerts()).isEmpty();
    }

    @Test
    void quotesDriveRulesThatUseThem() throws Exception {
        harness.processBroadcastElement(change(rule("wide", 1, "spread > 0.5", "AAPL")), 0);

        trade("AAPL", 1_000, 100.0);
        quote("AAPL", 1_100, 99.9, 100.1);
        quote("AAPL", 1_200, 99.5, 100.5);

        assertThat(alerts()).extracting(Alert::timestamp).containsExactly(1_200L);
    }

    @Test
    void changeOverAWindowUsesThePriceHistory() throws Exception {
        harness.processBroadcastElement(change(rule("swing", 1, "change_pct(2s) >= 5", "AAPL")), 0);

        trade("AAPL", 10_000, 100.0);
        trade("AAPL", 11_000, 103.0);
        trade("AAPL", 12_000, 104.0); // +4 % over 2 s
        trade("AAPL", 12_500, 105.5); // +5.5 % against second 10

        assertThat(alerts()).extracting(Alert::price).containsExactly(105.5);
    }

    @Test
    void sentimentRulesFireWhenAMinuteOfTweetsTipsTheWindowAndSurviveARestore() throws Exception {
        harness.processBroadcastElement(
                change(rule("mood", 1, "sentiment(2m) > 0.2 and tweet_count(2m) >= 3", "AAPL")), 0);
        trade("AAPL", 30_000, 150.0);
        sentiment("AAPL", 0, 0.3, 2); // 2 tweets: too few
        OperatorSubtaskState snapshot = harness.snapshot(1, 70_000);
        harness.close();
        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();

        sentiment("AAPL", 60_000, 0.5, 2); // minutes 0-1: mean 0.8 / 4 = 0.2, not above
        sentiment("AAPL", 120_000, 0.9, 2); // minutes 1-2: mean 1.4 / 4 = 0.35
        sentiment("MSFT", 120_000, 5.0, 5); // another symbol: no effect on AAPL

        assertThat(alerts())
                .extracting(Alert::id, Alert::price)
                .containsExactly(Tuple.tuple("alice:mood:AAPL:180000", 150.0));
    }

    @Test
    void sentimentDoesNotTriggerRulesThatDoNotReadIt() throws Exception {
        harness.processBroadcastElement(change(rule("level", 1, "price > 100", "AAPL")), 0);
        sentiment("AAPL", 0, 0.9, 2);

        assertThat(alerts()).isEmpty();
    }

    /** A harness that is not opened yet, so that state can be restored into it first. */
    private static KeyedBroadcastOperatorTestHarness<String, SymbolUpdate, RuleChange, Alert>
            newHarness() throws Exception {
        return new KeyedBroadcastOperatorTestHarness<>(
                new CoBroadcastWithKeyedOperator<>(
                        new AlertEngineFunction(), List.of(AlertEngineState.RULES)),
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
                        new SymbolSentiment(symbol, start, start + 60_000, scoreSum, tweets, 0, 0)),
                start + 59_999);
    }

    private List<Alert> alerts() {
        return harness.extractOutputValues();
    }

    private List<RuleRejection> refused() {
        return harness.getSideOutput(AlertEngineFunction.STALE_RULE_CHANGES).stream()
                .map(StreamRecord::getValue)
                .toList();
    }

    private static AlertRule rule(String id, long version, String when, String... symbols) {
        return new AlertRule("alice", id, version, RuleStatus.ACTIVE, symbols, when, 0);
    }

    private static RuleChange change(AlertRule rule) {
        return new RuleChange(rule, "rules", 0, rule.version());
    }
}
