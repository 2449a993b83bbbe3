package io.tradestream.operators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.json.ParseResult;
import io.tradestream.model.json.RuleParser;
import io.tradestream.model.market.SymbolUpdate;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.FillReason;
import io.tradestream.model.trading.PositionSnapshot;
import io.tradestream.model.trading.Side;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine paper-trading strategies: signals, fills, exits, deadlines and minute marks. */
class StrategyEngineTest {
    /** Monday 2026-11-23, 14:00 in New York (EST): two hours before the close. */
    private static final long T0 = Instant.parse("2026-11-23T19:00:00Z").toEpochMilli();

    private static final long MINUTE = 60_000;

    /** Buys 100 at market when the price dips through 100; 2 % stop loss, 5 % take profit. */
    private static final String DIP =
            "{'id':'dip','owner':'alice','kind':'strategy','symbols':['AAPL'],"
                    + "'when':'price crosses_below 100','version':1,"
                    + "'order':{'side':'buy','qty':100,'type':'market'},"
                    + "'exit':{'stop_loss_pct':2,'take_profit_pct':5},"
                    + "'costs':{'slippage_bps':10,'commission_per_share':0.01,"
                    + "'commission_min':1.5}}";

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

    /**
     * The dip fires at 99.8 and buys at the ask 100.1 plus 10 bps: 100.2001, commission max(1.5,
     * 100 x 0.01) = 1.5. The stop loss sits at 100.2001 x 0.98 = 98.196098; the bid 97.9 reaches
     * it, and the position is sold at 97.9 less 10 bps: 97.8021, realizing (97.8021 - 100.2001) x
     * 100 = -239.80.
     */
    @Test
    void buysOnTheSignalAndIsStoppedOutAtTheBid() throws Exception {
        harness.processBroadcastElement(strategy(DIP), 0);

        quote(T0 + 1_000, 99.9, 100.1);
        trade(T0 + 1_500, 100.5);
        trade(T0 + 2_000, 99.8);
        quote(T0 + 3_000, 97.9, 98.1);
        harness.processWatermark(T0 + 3_000);

        List<Fill> fills = fills();
        assertThat(fills)
                .extracting(
                        Fill::id,
                        Fill::side,
                        Fill::quantity,
                        Fill::reason,
                        Fill::positionAfter,
                        Fill::timestamp)
                .containsExactly(
                        tuple(
                                "alice:dip:AAPL:1",
                                Side.BUY,
                                100L,
                                FillReason.SIGNAL,
                                100L,
                                T0 + 2_000),
                        tuple(
                                "alice:dip:AAPL:2",
                                Side.SELL,
                                100L,
                                FillReason.STOP_LOSS,
                                0L,
                                T0 + 3_000));
        assertThat(fills.get(0).price()).isCloseTo(100.2001, within(1e-9));
        assertThat(fills.get(0).commission()).isEqualTo(1.5);
        assertThat(fills.get(1).price()).isCloseTo(97.8021, within(1e-9));
        assertThat(fills.get(1).realizedPnl()).isCloseTo(-239.80, within(1e-9));

        List<PositionSnapshot> positions = positions();
        assertThat(positions).hasSize(2);
        // Valued at the last trade, 99.8: (99.8 - 100.2001) x 100
        assertThat(positions.get(0).unrealizedPnl()).isCloseTo(-40.01, within(1e-9));
        assertThat(positions.get(1).quantity()).isZero();
        assertThat(positions.get(1).realizedPnl()).isCloseTo(-239.80, within(1e-9));
        assertThat(positions.get(1).fees()).isEqualTo(3.0);
        assertThat(positions.get(1).closingFills()).isEqualTo(1);
        assertThat(positions.get(1).winningFills()).isZero();
        assertThat(positions.get(1).writeTime()).isGreaterThan(positions.get(0).writeTime());
    }

    @Test
    void marksAnOpenPositionAtTheEndOfEachMinuteItsSymbolTradedAndTakesProfit() throws Exception {
        harness.processBroadcastElement(strategy(DIP), 0);
        quote(T0 + 1_000, 99.9, 100.1);
        trade(T0 + 1_500, 100.5);
        trade(T0 + 2_000, 99.8);
        trade(T0 + MINUTE + 5_000, 101.0);
        harness.processWatermark(T0 + 3 * MINUTE);

        assertThat(positions())
                .extracting(PositionSnapshot::timestamp, PositionSnapshot::marketPrice)
                .as("no trade in minute 3, so no mark at its end")
                .containsExactly(
                        tuple(T0 + 2_000, 99.8),
                        tuple(T0 + MINUTE, 99.8),
                        tuple(T0 + 2 * MINUTE, 101.0));

        // Take profit at 100.2001 x 1.05 = 105.210105: a trade through it fills at that price.
        trade(T0 + 3 * MINUTE + 1_000, 105.3);
        harness.processWatermark(T0 + 3 * MINUTE + 1_000);
        Fill exit = fills().get(1);
        assertThat(exit.reason()).isEqualTo(FillReason.TAKE_PROFIT);
        assertThat(exit.price()).isCloseTo(105.210105, within(1e-9));
        assertThat(exit.realizedPnl()).isCloseTo(501.0005, within(1e-6));
    }

    @Test
    void aDayOrderThatNeverFillsExpiresAtTheCloseWithANotice() throws Exception {
        harness.processBroadcastElement(
                strategy(
                        "{'id':'low','owner':'bob','kind':'strategy','symbols':['AAPL'],"
                                + "'when':'price < 101','version':1,"
                                + "'order':{'side':'buy','qty':10,'type':'limit','limit':95,"
                                + "'tif':'day'}}"),
                0);
        trade(T0 + 1_000, 102.0);
        trade(T0 + 2_000, 100.0);
        harness.processWatermark(T0 + 2_000);
        assertThat(fills()).isEmpty();

        harness.processWatermark(Instant.parse("2026-11-23T21:00:00Z").toEpochMilli());

        assertThat(harness.extractOutputValues())
                .extracting(Alert::owner, Alert::message)
                .containsExactly(tuple("bob", "AAPL: buy 10 AAPL limit 95 expired at the close"));
    }

    @Test
    void aPausedStrategyKeepsItsExitsAndADeletedOneIsLiquidated() throws Exception {
        Rule dip = strategy(DIP);
        harness.processBroadcastElement(dip, 0);
        quote(T0 + 1_000, 99.9, 100.1);
        trade(T0 + 1_500, 100.5);
        trade(T0 + 2_000, 99.8);
        harness.processWatermark(T0 + 2_000);

        harness.processBroadcastElement(dip.withStatus(RuleStatus.PAUSED, 2), 0);
        trade(T0 + 3_000, 100.5);
        trade(T0 + 4_000, 99.0); // crosses below 100 again: paused, no new order
        harness.processWatermark(T0 + 4_000);
        assertThat(fills()).hasSize(1);

        harness.processBroadcastElement(dip.withStatus(RuleStatus.DELETED, 3), 0);
        quote(T0 + 5_000, 98.9, 99.1);
        harness.processWatermark(T0 + 5_000);

        Fill liquidation = fills().get(1);
        assertThat(liquidation.reason()).isEqualTo(FillReason.LIQUIDATION);
        assertThat(liquidation.price()).isCloseTo(98.9 * 0.999, within(1e-9));
        assertThat(liquidation.positionAfter()).isZero();
    }

    @Test
    void booksAndWaitingUpdatesSurviveASnapshotAndRestore() throws Exception {
        harness.processBroadcastElement(strategy(DIP), 0);
        quote(T0 + 1_000, 99.9, 100.1);
        trade(T0 + 1_500, 100.5);
        trade(T0 + 2_000, 99.8);
        harness.processWatermark(T0 + 2_000);
        quote(T0 + 3_000, 97.9, 98.1); // waits for the watermark
        OperatorSubtaskState snapshot = harness.snapshot(1, T0 + 2_500);
        harness.close();

        harness = newHarness();
        harness.initializeState(snapshot);
        open();
        harness.processWatermark(T0 + 3_000);

        assertThat(fills())
                .extracting(Fill::id, Fill::reason)
                .containsExactly(tuple("alice:dip:AAPL:2", FillReason.STOP_LOSS));
    }

    private void open() throws Exception {
        harness.open();
        harness.processBroadcastWatermark(Long.MAX_VALUE);
    }

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

    /** A strategy read from the rules topic's JSON (single quotes for readability). */
    private static Rule strategy(String json) {
        ParseResult<RuleCommand> parsed =
                new RuleParser().parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.isOk()).as(parsed.isOk() ? "" : parsed.error()).isTrue();
        return parsed.value().definition();
    }

    private void trade(long timestamp, double price) throws Exception {
        harness.processElement(
                SymbolUpdate.of(MarketEvent.of(new Trade("AAPL", timestamp, price, 100))),
                timestamp);
    }

    private void quote(long timestamp, double bid, double ask) throws Exception {
        harness.processElement(
                SymbolUpdate.of(MarketEvent.of(new Quote("AAPL", timestamp, bid, 100, ask, 100))),
                timestamp);
    }

    private List<Fill> fills() {
        return sideOutput(RuleEngineFunction.FILLS);
    }

    private List<PositionSnapshot> positions() {
        return sideOutput(RuleEngineFunction.POSITIONS);
    }

    /** What the engine sent to {@code tag}; the harness has no queue before the first. */
    private <T> List<T> sideOutput(OutputTag<T> tag) {
        Queue<StreamRecord<T>> records = harness.getSideOutput(tag);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }
}
