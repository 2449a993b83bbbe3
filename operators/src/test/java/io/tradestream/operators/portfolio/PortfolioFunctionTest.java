package io.tradestream.operators.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.tradestream.model.trading.PnlSnapshot;
import io.tradestream.model.trading.PositionSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A portfolio of two strategies with 100,000 of initial cash each, computed by hand:
 *
 * <pre>
 * minute 1  dip  long 100 @ 100.2001, marked 99.8: net 0 - 1.5 fees - 40.01 = -41.51
 *           gap  short 10 @ 50, marked 49:          net 0 - 1 fee + 10     =   9
 *           all                                      net -32.51, equity 99,967.49
 * minute 2  dip  marked 101: net -1.5 + 79.99 = 78.49
 *           gap  covered at a profit of 10, fees 2: net 8
 *           all  net 86.49, equity 100,086.49 (a new peak)
 * minute 3  dip marked at 101 again: equity unchanged, a return of 0
 * </pre>
 */
class PortfolioFunctionTest {
    private static final long T0 = Instant.parse("2026-11-23T19:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private KeyedOneInputStreamOperatorTestHarness<String, PositionSnapshot, PnlSnapshot> harness;

    @BeforeEach
    void start() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new PortfolioFunction(100_000, MINUTE)),
                        PositionSnapshot::owner,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void valuesEachStrategyAndTheWholePortfolioAtEveryMinute() throws Exception {
        position("dip", "AAPL", T0 + 2_000, 100, 100.2001, 99.8, 0, -40.01, 1.5, 0, 0, 1);
        position("gap", "MSFT", T0 + 30_000, -10, 50, 49, 0, 10, 1, 0, 0, 2);
        position("dip", "AAPL", T0 + MINUTE, 100, 100.2001, 99.8, 0, -40.01, 1.5, 0, 0, 3);
        harness.processWatermark(T0 + MINUTE);
        position("gap", "MSFT", T0 + 90_000, 0, 0, 49, 10, 0, 2, 1, 1, 4);
        // Arrives before the dip's mark at minute 2, though written after it: the write order
        // decides, not the arrival order.
        position("dip", "AAPL", T0 + 2 * MINUTE, 100, 100.2001, 101, 0, 79.99, 1.5, 0, 0, 6);
        position("dip", "AAPL", T0 + 110_000, 100, 100.2001, 100, 0, -20.01, 1.5, 0, 0, 5);
        position("dip", "AAPL", T0 + 3 * MINUTE, 100, 100.2001, 101, 0, 79.99, 1.5, 0, 0, 7);
        harness.processWatermark(Long.MAX_VALUE);

        List<PnlSnapshot> points = harness.extractOutputValues();
        assertThat(points)
                .extracting(PnlSnapshot::timestamp, PnlSnapshot::strategyId)
                .containsExactly(
                        tuple(T0 + MINUTE, "*"),
                        tuple(T0 + MINUTE, "dip"),
                        tuple(T0 + MINUTE, "gap"),
                        tuple(T0 + 2 * MINUTE, "*"),
                        tuple(T0 + 2 * MINUTE, "dip"),
                        tuple(T0 + 2 * MINUTE, "gap"),
                        tuple(T0 + 3 * MINUTE, "*"),
                        tuple(T0 + 3 * MINUTE, "dip"),
                        tuple(T0 + 3 * MINUTE, "gap"));

        PnlSnapshot first = points.get(0);
        assertThat(first.equity()).isCloseTo(99_967.49, within(1e-6));
        assertThat(first.drawdown()).isCloseTo(32.51, within(1e-6));
        assertThat(first.maxDrawdownPct()).isCloseTo(32.51 / 100_000 * 100, within(1e-9));
        assertThat(first.openPositions()).isEqualTo(2);
        assertThat(first.winRate()).as("no closing fill yet").isNaN();
        assertThat(first.sharpe()).isNaN();
        assertThat(points.get(2).equity()).isCloseTo(100_009, within(1e-6));

        PnlSnapshot second = points.get(3);
        assertThat(second.equity()).isCloseTo(100_086.49, within(1e-6));
        assertThat(second.realizedPnl()).isCloseTo(10, within(1e-9));
        assertThat(second.unrealizedPnl()).isCloseTo(79.99, within(1e-9));
        assertThat(second.fees()).isCloseTo(3.5, within(1e-9));
        assertThat(second.drawdown()).isZero();
        assertThat(second.maxDrawdown()).isCloseTo(32.51, within(1e-6));
        assertThat(second.trades()).isEqualTo(1);
        assertThat(second.winRate()).isEqualTo(1.0);
        assertThat(second.openPositions()).isEqualTo(1);
        assertThat(points.get(5).equity())
                .as("gap: 100,000 + 10 - 2")
                .isCloseTo(100_008, within(1e-6));

        // Returns r and 0: mean r/2, sample deviation r/sqrt(2), so Sharpe = sqrt(2)/2 x
        // sqrt(98,280)
        assertThat(points.get(6).sharpe())
                .isCloseTo(Math.sqrt(2) / 2 * Math.sqrt(252 * 390), within(1e-6));
    }

    @Test
    void closesOnlyTheMinutesWithSnapshotsEvenAtTheEndOfTime() throws Exception {
        position("dip", "AAPL", T0 + 30_000, 100, 100, 100, 0, 0, 1, 0, 0, 1);
        harness.processWatermark(Long.MAX_VALUE);

        assertThat(harness.extractOutputValues())
                .extracting(PnlSnapshot::timestamp)
                .containsExactly(T0 + MINUTE, T0 + MINUTE);
    }

    @Test
    void writesAPointOnlyAtMultiplesOfTheInterval() throws Exception {
        harness.close();
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new PortfolioFunction(100_000, 5 * MINUTE)),
                        PositionSnapshot::owner,
                        Types.STRING);
        harness.open();
        for (int minute = 1; minute <= 10; minute++) {
            position("dip", "AAPL", T0 + minute * MINUTE, 100, 100, 100, 0, 0, 0, 0, 0, minute);
        }
        harness.processWatermark(T0 + 10 * MINUTE);

        assertThat(harness.extractOutputValues())
                .extracting(PnlSnapshot::timestamp)
                .containsOnly(T0 + 5 * MINUTE, T0 + 10 * MINUTE);
    }

    @Test
    void keepsOnlyTheNewestSnapshotOfEachPositionUntilItsMinuteCloses() throws Exception {
        for (int second = 1; second <= 59; second++) {
            double price = 100 + second;
            position(
                    "dip",
                    "AAPL",
                    T0 + second * 1_000,
                    100,
                    100,
                    price,
                    0,
                    100 * second,
                    0,
                    0,
                    0,
                    second);
            position("gap", "MSFT", T0 + second * 1_000, -10, 50, 50, 0, 0, 0, 0, 0, second);
        }
        // The next minute's snapshot waits beside them under its own boundary.
        position("dip", "AAPL", T0 + 61_000, 100, 100, 90, 0, -1_000, 0, 0, 0, 60);

        assertThat(pendingSnapshots()).hasSize(3);

        harness.processWatermark(T0 + MINUTE);
        assertThat(harness.extractOutputValues())
                .filteredOn(point -> point.strategyId().equals("dip"))
                .extracting(PnlSnapshot::unrealizedPnl)
                .containsExactly(5_900.0);
        assertThat(pendingSnapshots()).hasSize(1);
    }

    @Test
    void appliesTheSnapshotsAnEarlierBuildLeftWaiting() throws Exception {
        harness.close();
        OperatorSubtaskState savepoint;
        try (KeyedOneInputStreamOperatorTestHarness<String, PositionSnapshot, PnlSnapshot>
                earlierBuild =
                        new KeyedOneInputStreamOperatorTestHarness<>(
                                new KeyedProcessOperator<>(new EarlierPendingState()),
                                PositionSnapshot::owner,
                                Types.STRING)) {
            earlierBuild.open();
            harness = earlierBuild;
            position("dip", "AAPL", T0 + 2_000, 100, 100, 101, 0, 100, 0, 0, 0, 2);
            position("dip", "AAPL", T0 + 1_000, 100, 100, 99, 0, -100, 0, 0, 0, 1);
            savepoint = earlierBuild.snapshot(1, T0 + 3_000);
        }
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new PortfolioFunction(100_000, MINUTE)),
                        PositionSnapshot::owner,
                        Types.STRING);
        harness.initializeState(savepoint);
        harness.open();

        harness.processWatermark(T0 + MINUTE);

        assertThat(harness.extractOutputValues())
                .filteredOn(point -> point.strategyId().equals("dip"))
                .extracting(PnlSnapshot::unrealizedPnl)
                .containsExactly(100.0);
    }

    /** The pending snapshots as builds before the current one kept them. */
    private static class EarlierPendingState
            extends KeyedProcessFunction<String, PositionSnapshot, PnlSnapshot> {
        @Override
        public void processElement(
                PositionSnapshot snapshot, Context ctx, Collector<PnlSnapshot> out)
                throws Exception {
            MapState<Long, PositionSnapshot[]> pending =
                    getRuntimeContext().getMapState(PortfolioFunction.EARLIER_PENDING);
            long boundary = T0 + MINUTE;
            PositionSnapshot[] waiting = pending.get(boundary);
            waiting = waiting == null ? new PositionSnapshot[1] : Arrays.copyOf(waiting, 2);
            waiting[waiting.length - 1] = snapshot;
            pending.put(boundary, waiting);
            ctx.timerService().registerEventTimeTimer(boundary);
        }
    }

    private List<PositionSnapshot> pendingSnapshots() throws Exception {
        KeyedStateBackend<String> backend = harness.getOperator().getKeyedStateBackend();
        backend.setCurrentKey("alice");
        MapState<String, PositionSnapshot> pending =
                backend.getPartitionedState(
                        VoidNamespace.INSTANCE,
                        VoidNamespaceSerializer.INSTANCE,
                        PortfolioFunction.PENDING);
        List<PositionSnapshot> waiting = new ArrayList<>();
        pending.values().forEach(waiting::add);
        return waiting;
    }

    private void position(
            String strategy,
            String symbol,
            long timestamp,
            long quantity,
            double averageCost,
            double price,
            double realized,
            double unrealized,
            double fees,
            long closingFills,
            long winningFills,
            long writeTime)
            throws Exception {
        harness.processElement(
                new PositionSnapshot(
                        "alice",
                        strategy,
                        symbol,
                        timestamp,
                        quantity,
                        averageCost,
                        price,
                        realized,
                        unrealized,
                        fees,
                        closingFills,
                        winningFills,
                        T0,
                        writeTime,
                        0),
                timestamp);
    }
}
