package io.tradestream.operators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.tradestream.model.alerts.Alert;
import io.tradestream.model.json.ParseResult;
import io.tradestream.model.json.RuleParser;
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

    private EngineHarness engine;

    @BeforeEach
    void start() throws Exception {
        engine = new EngineHarness();
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
    }

    /**
     * The dip fires at 99.8 and buys at the ask 100.1 plus 10 bps: 100.2001, commission max(1.5,
     * 100 x 0.01) = 1.5. The stop loss sits at 100.2001 x 0.98 = 98.196098; the bid 97.9 reaches
     * it, and the position is sold at 97.9 less 10 bps: 97.8021, realizing (97.8021 - 100.2001) x
     * 100 = -239.80.
     */
    @Test
    void buysOnTheSignalAndIsStoppedOutAtTheBid() throws Exception {
        engine.rule(strategy(DIP));

        quote(T0 + 1_000, 99.9, 100.1);
        trade(T0 + 1_500, 100.5);
        trade(T0 + 2_000, 99.8);
        quote(T0 + 3_000, 97.9, 98.1);
        engine.watermark(T0 + 3_000);

        List<Fill> fills = engine.fills();
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

        List<PositionSnapshot> positions = engine.positions();
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

    /**
     * Fills, positions and alerts carry the Kafka timestamp of the market record that caused them,
     * for the latency metrics; a minute mark, which time causes, the newest one the engine saw.
     */
    @Test
    void outputsCarryTheKafkaTimestampOfTheRecordThatCausedThem() throws Exception {
        engine.rule(strategy(DIP));
        engine.rule(
                strategy(
                        "{'id':'low','owner':'bob','kind':'alert','symbols':['AAPL'],"
                                + "'when':'price < 99','version':1}"));
        engine.quote("AAPL", T0 + 1_000, 99.9, 100.1, 501);
        engine.trade("AAPL", T0 + 1_500, 100.5, 502);
        engine.trade("AAPL", T0 + 2_000, 99.8, 503);
        engine.trade("AAPL", T0 + 2_500, 98.9, 504);
        engine.watermark(T0 + 2_500);
        engine.quote("AAPL", T0 + MINUTE + 1_000, 99.0, 99.2, 505);
        engine.watermark(T0 + MINUTE + 1_000);

        assertThat(engine.fills()).extracting(Fill::kafkaTimestamp).containsExactly(503L);
        assertThat(engine.alerts())
                .extracting(Alert::ruleId, Alert::kafkaTimestamp)
                .containsExactly(tuple("low", 504L));
        assertThat(engine.positions())
                .extracting(PositionSnapshot::timestamp, PositionSnapshot::kafkaTimestamp)
                .containsExactly(tuple(T0 + 2_000, 503L), tuple(T0 + MINUTE, 505L));
    }

    @Test
    void marksAnOpenPositionAtTheEndOfEachMinuteItsSymbolTradedAndTakesProfit() throws Exception {
        engine.rule(strategy(DIP));
        quote(T0 + 1_000, 99.9, 100.1);
        trade(T0 + 1_500, 100.5);
        trade(T0 + 2_000, 99.8);
        trade(T0 + MINUTE + 5_000, 101.0);
        engine.watermark(T0 + 3 * MINUTE);

        assertThat(engine.positions())
                .extracting(PositionSnapshot::timestamp, PositionSnapshot::marketPrice)
                .as("no trade in minute 3, so no mark at its end")
                .containsExactly(
                        tuple(T0 + 2_000, 99.8),
                        tuple(T0 + MINUTE, 99.8),
                        tuple(T0 + 2 * MINUTE, 101.0));

        // Take profit at 100.2001 x 1.05 = 105.210105: a trade through it fills at that price.
        trade(T0 + 3 * MINUTE + 1_000, 105.3);
        engine.watermark(T0 + 3 * MINUTE + 1_000);
        Fill exit = engine.fills().get(1);
        assertThat(exit.reason()).isEqualTo(FillReason.TAKE_PROFIT);
        assertThat(exit.price()).isCloseTo(105.210105, within(1e-9));
        assertThat(exit.realizedPnl()).isCloseTo(501.0005, within(1e-6));
    }

    @Test
    void aDayOrderThatNeverFillsExpiresAtTheCloseWithANotice() throws Exception {
        engine.rule(
                strategy(
                        "{'id':'low','owner':'bob','kind':'strategy','symbols':['AAPL'],"
                                + "'when':'price < 101','version':1,"
                                + "'order':{'side':'buy','qty':10,'type':'limit','limit':95,"
                                + "'tif':'day'}}"));
        trade(T0 + 1_000, 102.0);
        trade(T0 + 2_000, 100.0);
        engine.watermark(T0 + 2_000);
        assertThat(engine.fills()).isEmpty();

        engine.watermark(Instant.parse("2026-11-23T21:00:00Z").toEpochMilli());

        assertThat(engine.alerts())
                .extracting(Alert::owner, Alert::message)
                .containsExactly(tuple("bob", "AAPL: buy 10 AAPL limit 95 expired at the close"));
    }

    @Test
    void aPausedStrategyKeepsItsExitsAndADeletedOneIsLiquidated() throws Exception {
        Rule dip = strategy(DIP);
        engine.rule(dip);
        quote(T0 + 1_000, 99.9, 100.1);
        trade(T0 + 1_500, 100.5);
        trade(T0 + 2_000, 99.8);
        engine.watermark(T0 + 2_000);

        engine.rule(dip.withStatus(RuleStatus.PAUSED, 2));
        trade(T0 + 3_000, 100.5);
        trade(T0 + 4_000, 99.0); // crosses below 100 again: paused, no new order
        engine.watermark(T0 + 4_000);
        assertThat(engine.fills()).hasSize(1);

        engine.rule(dip.withStatus(RuleStatus.DELETED, 3));
        quote(T0 + 5_000, 98.9, 99.1);
        engine.watermark(T0 + 5_000);

        Fill liquidation = engine.fills().get(1);
        assertThat(liquidation.reason()).isEqualTo(FillReason.LIQUIDATION);
        assertThat(liquidation.price()).isCloseTo(98.9 * 0.999, within(1e-9));
        assertThat(liquidation.positionAfter()).isZero();
    }

    @Test
    void booksAndWaitingUpdatesSurviveASnapshotAndRestore() throws Exception {
        engine.rule(strategy(DIP));
        quote(T0 + 1_000, 99.9, 100.1);
        trade(T0 + 1_500, 100.5);
        trade(T0 + 2_000, 99.8);
        engine.watermark(T0 + 2_000);
        quote(T0 + 3_000, 97.9, 98.1); // waits for the watermark
        engine.restartFromSnapshot(T0 + 2_500);
        engine.watermark(T0 + 3_000);

        assertThat(engine.fills())
                .extracting(Fill::id, Fill::reason)
                .containsExactly(tuple("alice:dip:AAPL:2", FillReason.STOP_LOSS));
    }

    /** A strategy read from the rules topic's JSON (single quotes for readability). */
    private static Rule strategy(String json) {
        ParseResult<RuleCommand> parsed =
                new RuleParser().parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.isOk()).as(parsed.isOk() ? "" : parsed.error()).isTrue();
        return parsed.value().definition();
    }

    private void trade(long timestamp, double price) throws Exception {
        engine.trade("AAPL", timestamp, price);
    }

    private void quote(long timestamp, double bid, double ask) throws Exception {
        engine.quote("AAPL", timestamp, bid, ask);
    }
}
