package io.tradestream.operators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.alerts.Alert;
import io.tradestream.model.engine.ConditionMemories;
import io.tradestream.model.engine.RuleFiringMemory;
import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleKind;
import io.tradestream.model.rules.RuleStatus;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleEngineFunctionTest {
    private static final long MINUTE = 60_000;

    private EngineHarness engine;

    @BeforeEach
    void start() throws Exception {
        engine = new EngineHarness();
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
    }

    @Test
    void firesWhenThePriceCrossesOnlyForWatchedSymbolsOnceTheWatermarkPasses() throws Exception {
        engine.rule(rule("r1", 1, "price crosses_above 200", "AAPL"));

        engine.trade("AAPL", 1_000, 199.0);
        engine.trade("MSFT", 1_500, 250.0);
        engine.trade("AAPL", 2_000, 200.5);
        engine.trade("AAPL", 3_000, 201.0);
        assertThat(engine.alerts()).as("nothing before the watermark").isEmpty();

        engine.watermark(3_000);
        assertThat(engine.alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void appliesUpdatesInEventTimeOrderWhateverTheArrivalOrder() throws Exception {
        engine.rule(rule("r1", 1, "price crosses_above 200", "AAPL"));

        engine.trade("AAPL", 2_000, 201.0);
        engine.trade("AAPL", 1_000, 199.0); // arrives later, happened earlier
        engine.watermark(2_000);

        assertThat(engine.alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void ordersTheUpdatesOfOneMillisecondByContent() throws Exception {
        engine.rule(rule("r1", 1, "price crosses_above 200", "AAPL"));
        engine.rule(rule("wide", 1, "spread > 0.5", "AAPL"));

        engine.trade("AAPL", 1_000, 199.0);
        engine.trade("AAPL", 2_000, 201.0); // sorted by price: 199.5 then 201 at 2000
        engine.trade("AAPL", 2_000, 199.5);
        engine.quote("AAPL", 2_000, 198.0, 199.0); // quotes before trades: 0.5 is not above 0.5
        engine.quote("AAPL", 2_000, 199.0, 201.0);
        engine.watermark(2_000);

        assertThat(engine.alerts())
                .extracting(Alert::ruleId, Alert::price)
                .containsExactly(Tuple.tuple("wide", 199.0), Tuple.tuple("r1", 201.0));
    }

    @Test
    void anUpdateBehindTheWatermarkIsCountedAndDropped() throws Exception {
        engine.rule(rule("r1", 1, "price crosses_above 200", "AAPL"));
        engine.trade("AAPL", 1_000, 199.0);
        engine.watermark(5_000);

        engine.trade("AAPL", 4_000, 250.0);
        engine.watermark(6_000);

        assertThat(engine.alerts()).isEmpty();
    }

    @Test
    void anUpdateReplacesTheRuleAndAStaleVersionIsIgnored() throws Exception {
        engine.rule(rule("r1", 1, "price > 500", "AAPL"));
        engine.rule(rule("r1", 3, "price > 100", "AAPL"));
        engine.rule(rule("r1", 2, "price > 50", "AAPL"));

        engine.trade("AAPL", 1_000, 90.0);
        engine.trade("AAPL", 2_000, 150.0);
        engine.watermark(2_000);

        assertThat(engine.alerts()).extracting(Alert::ruleVersion).containsExactly(3L);
    }

    @Test
    void pausedAndDeletedRulesStayQuietAndAResumedRuleObservesAfresh() throws Exception {
        Rule rule = rule("r1", 1, "price > 100", "AAPL");
        engine.rule(rule);
        engine.rule(rule.withStatus(RuleStatus.PAUSED, 2));
        engine.trade("AAPL", 1_000, 90.0);
        engine.trade("AAPL", 2_000, 150.0);
        engine.watermark(2_000);
        assertThat(engine.alerts()).as("paused").isEmpty();

        engine.rule(rule.withStatus(RuleStatus.ACTIVE, 3));
        engine.trade("AAPL", 3_000, 99.0);
        engine.trade("AAPL", 4_000, 101.0);
        engine.watermark(4_000);
        assertThat(engine.alerts()).extracting(Alert::timestamp).containsExactly(4_000L);

        engine.rule(rule.withStatus(RuleStatus.DELETED, 4));
        engine.rule(rule); // version 1 again: older than the tombstone
        engine.trade("AAPL", 5_000, 99.0);
        engine.trade("AAPL", 6_000, 101.0);
        engine.watermark(6_000);
        assertThat(engine.alerts())
                .as("deleted")
                .extracting(Alert::timestamp)
                .containsExactly(4_000L);
    }

    @Test
    void rulesMemoryAndWaitingUpdatesSurviveASnapshotAndRestore() throws Exception {
        engine.rule(rule("r1", 1, "price crosses_above 200", "AAPL"));
        engine.trade("AAPL", 1_000, 199.0);
        engine.watermark(1_000);
        engine.trade("AAPL", 2_000, 201.0); // still waiting for the watermark
        engine.restartFromSnapshot(2_000);
        engine.watermark(2_000);

        assertThat(engine.alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void sharedConditionMemoriesSurviveASnapshotAndRestore() throws Exception {
        engine.rule(rule("r1", 1, "sma(1m) crosses_above 200", "AAPL"));
        engine.rule(rule("r2", 1, "sma(1m) crosses_above 200", "AAPL"));
        engine.trade("AAPL", 1_000, 199.0);
        engine.watermark(1_000);
        engine.restartFromSnapshot(1_000);
        engine.trade("AAPL", 2_000, 201.0);
        engine.watermark(2_000);

        assertThat(engine.alerts())
                .extracting(Alert::id)
                .containsExactly("alice:r1:AAPL:2000", "alice:r2:AAPL:2000");
    }

    @Test
    void conditionMemoriesKeepTheirSlotsWhenTheRulesChangeAfterARestore() throws Exception {
        engine.rule(rule("r1", 1, "sma(1m) crosses_above 200", "AAPL"));
        engine.trade("AAPL", 1_000, 199.0);
        engine.watermark(1_000);
        engine.restartFromSnapshot(1_000);
        // Sorts before r1's condition, whose memory then moves to the second slot.
        engine.rule(rule("r2", 1, "sma(1m) < 1", "AAPL"));
        engine.trade("AAPL", 2_000, 201.0);
        engine.watermark(2_000);

        assertThat(engine.alerts()).extracting(Alert::id).containsExactly("alice:r1:AAPL:2000");
    }

    @Test
    void theRulesMemoriesArePojosWithoutGenericFields() {
        for (Class<?> stateType : List.of(ConditionMemories.class, RuleFiringMemory.class)) {
            TypeInformation<?> type = TypeInformation.of(stateType);
            assertThat(type).isInstanceOf(PojoTypeInfo.class);
            PojoTypeInfo<?> pojo = (PojoTypeInfo<?>) type;
            for (int field = 0; field < pojo.getArity(); field++) {
                assertThat(pojo.getTypeAt(field))
                        .as(stateType.getSimpleName() + "." + pojo.getPojoFieldAt(field))
                        .isNotInstanceOf(GenericTypeInfo.class);
            }
        }
    }

    @Test
    void changeOverAWindowUsesThePriceHistory() throws Exception {
        engine.rule(rule("swing", 1, "change_pct(2s) >= 5", "AAPL"));

        engine.trade("AAPL", 10_000, 100.0);
        engine.trade("AAPL", 11_000, 103.0);
        engine.trade("AAPL", 12_000, 104.0); // +4 % over 2 s
        engine.trade("AAPL", 12_500, 105.5); // +5.5 % against second 10
        engine.watermark(13_000);

        assertThat(engine.alerts()).extracting(Alert::price).containsExactly(105.5);
    }

    /**
     * sma(2m) of the one-minute closes, the current minute closing at the last price: minute 0
     * closes at 100, minute 1 trades at 101 (sma 100.5) and then 103 (sma 101.5, crossing 101).
     */
    @Test
    void barFunctionsFollowTheMinuteClosesAndTheLivePrice() throws Exception {
        engine.rule(rule("avg", 1, "sma(2m) crosses_above 101", "AAPL"));

        engine.trade("AAPL", 10_000, 100.0);
        engine.trade("AAPL", MINUTE + 1_000, 101.0);
        engine.trade("AAPL", MINUTE + 2_000, 103.0);
        engine.watermark(MINUTE + 2_000);

        assertThat(engine.alerts())
                .extracting(Alert::timestamp, Alert::price)
                .containsExactly(Tuple.tuple(MINUTE + 2_000, 103.0));
    }

    @Test
    void oncePerBarFiresInEachMinuteTheConditionHolds() throws Exception {
        engine.rule(rule("bar", 1, "price > 100", Frequency.ONCE_PER_BAR, "AAPL"));

        engine.trade("AAPL", 1_000, 101.0);
        engine.trade("AAPL", 2_000, 102.0);
        engine.trade("AAPL", MINUTE + 1_000, 99.0);
        engine.trade("AAPL", MINUTE + 2_000, 101.0);
        engine.trade("AAPL", 2 * MINUTE, 101.0);
        engine.watermark(3 * MINUTE);

        assertThat(engine.alerts())
                .extracting(Alert::timestamp)
                .containsExactly(1_000L, MINUTE + 2_000, 2 * MINUTE);
    }

    @Test
    void sentimentRulesFireWhenAMinuteOfTweetsTipsTheWindowAndSurviveARestore() throws Exception {
        engine.rule(rule("mood", 1, "sentiment(2m) > 0.2 and tweet_count(2m) >= 3", "AAPL"));
        engine.trade("AAPL", 30_000, 150.0);
        engine.sentiment("AAPL", 0, 0.3, 2); // 2 tweets: too few
        engine.watermark(MINUTE);
        engine.restartFromSnapshot(70_000);

        engine.sentiment("AAPL", MINUTE, 0.5, 2); // minutes 0-1: mean 0.8 / 4 = 0.2, not above
        engine.sentiment("AAPL", 2 * MINUTE, 0.9, 2); // minutes 1-2: mean 1.4 / 4 = 0.35
        engine.sentiment("MSFT", 2 * MINUTE, 5.0, 5); // another symbol: no effect on AAPL
        engine.watermark(3 * MINUTE);

        assertThat(engine.alerts())
                .extracting(Alert::id, Alert::price)
                .containsExactly(Tuple.tuple("alice:mood:AAPL:180000", 150.0));
    }

    @Test
    void aMinuteOfSentimentTakesEffectThePublicationDelayAfterItEnds() throws Exception {
        EngineHarness delayed = new EngineHarness(15_000);
        delayed.rule(rule("mood", 1, "sentiment(1m) > 0.2 and price > 100", "AAPL"));
        delayed.trade("AAPL", 30_000, 101.0);
        delayed.sentiment("AAPL", 0, 0.9, 2);
        delayed.trade("AAPL", MINUTE + 10_000, 102.0); // minute 0 is not published yet
        delayed.trade("AAPL", MINUTE + 20_000, 103.0);
        delayed.watermark(3 * MINUTE);

        // Without the delay it would fire at the minute's end (60 s, price 101).
        assertThat(delayed.alerts())
                .extracting(Alert::id, Alert::timestamp, Alert::price)
                .containsExactly(Tuple.tuple("alice:mood:AAPL:75000", 75_000L, 102.0));
        delayed.close();
    }

    @Test
    void sentimentDoesNotTriggerRulesThatDoNotReadIt() throws Exception {
        engine.rule(rule("level", 1, "price > 100", "AAPL"));
        engine.sentiment("AAPL", 0, 0.9, 2);
        engine.watermark(MINUTE);

        assertThat(engine.alerts()).isEmpty();
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
