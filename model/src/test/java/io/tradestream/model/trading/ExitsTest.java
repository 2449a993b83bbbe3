package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.EXACT;
import static io.tradestream.model.trading.BrokerHarness.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitsTest {
    private static final long THIRTY_MINUTES = 30 * 60_000L;

    private final BrokerHarness broker = new BrokerHarness();

    /** Buys 100 at the ask of 100.00, without costs. */
    private void buy100At100() {
        broker.order(Side.BUY, 100, OrderType.MARKET);
        broker.quote(99.95, 100.00, MORNING);
        broker.signal(MORNING);
        assertThat(broker.book.position.averageCost).isCloseTo(100.00, EXACT);
        broker.fills.clear();
    }

    @Test
    void stopLossClosesALongAtTheBidOnceTheBidFallsToIt() {
        broker.terms.exit.stopLossPct = 2;
        buy100At100();
        // stop loss at 100.00 × (1 - 2 / 100) = 98.00
        broker.quote(98.01, 98.10, MORNING + 1);
        assertThat(broker.fills).isEmpty();

        broker.quote(97.95, 98.05, MORNING + 2);

        Fill fill = broker.onlyFill();
        assertThat(fill.side()).isEqualTo(Side.SELL);
        assertThat(fill.quantity()).isEqualTo(100);
        assertThat(fill.price()).isCloseTo(97.95, EXACT);
        assertThat(fill.reason()).isEqualTo(FillReason.STOP_LOSS);
        assertThat(fill.orderType()).isEqualTo(OrderType.MARKET);
        // (97.95 - 100.00) × 100 = -205.00
        assertThat(fill.realizedPnl()).isCloseTo(-205.00, EXACT);
        assertThat(fill.orderId()).isEqualTo(2);
        assertThat(broker.book.position.quantity).isZero();
        assertThat(broker.book.position.closingFills).isEqualTo(1);
        assertThat(broker.book.position.winningFills).isZero();
    }

    @Test
    void stopLossOnATradeSellsAtTheStandingBidWithSlippage() {
        broker.terms.exit.stopLossPct = 2;
        broker.terms.costs.slippageBps = 10;
        broker.hold(100, 100.00, MORNING);
        broker.quote(98.05, 98.10, MORNING);

        broker.trade(97.99, MORNING + 1);

        // 97.99 <= 98.00 triggers; bid 98.05 × (1 - 10 / 10 000) = 98.05 - 0.09805 = 97.95195
        assertThat(broker.onlyFill().price()).isCloseTo(97.95195, EXACT);
        // (97.95195 - 100.00) × 100 = -204.805
        assertThat(broker.onlyFill().realizedPnl()).isCloseTo(-204.805, EXACT);
    }

    @Test
    void stopLossOfAShortBuysAtTheAskOnceTheAskRisesToIt() {
        broker.terms.exit.stopLossPct = 2;
        broker.hold(-100, 50.00, MORNING);

        // stop loss at 50.00 × (1 + 2 / 100) = 51.00
        broker.quote(50.95, 51.00, MORNING + 1);

        Fill fill = broker.onlyFill();
        assertThat(fill.side()).isEqualTo(Side.BUY);
        assertThat(fill.price()).isCloseTo(51.00, EXACT);
        // (50.00 - 51.00) × 100 = -100.00
        assertThat(fill.realizedPnl()).isCloseTo(-100.00, EXACT);
        assertThat(fill.positionAfter()).isZero();
    }

    @Test
    void takeProfitFillsAtItsPriceWhenATradePrintsThroughIt() {
        broker.terms.exit.takeProfitPct = 5;
        buy100At100();
        // take profit at 100.00 × (1 + 5 / 100) = 105.00
        broker.trade(105.00, MORNING + 1);
        assertThat(broker.fills).isEmpty();

        broker.trade(105.01, MORNING + 2);

        Fill fill = broker.onlyFill();
        assertThat(fill.price()).isCloseTo(105.00, EXACT);
        assertThat(fill.reason()).isEqualTo(FillReason.TAKE_PROFIT);
        assertThat(fill.orderType()).isEqualTo(OrderType.LIMIT);
        // (105.00 - 100.00) × 100 = 500.00
        assertThat(fill.realizedPnl()).isCloseTo(500.00, EXACT);
        assertThat(broker.book.position.winningFills).isEqualTo(1);
    }

    @Test
    void takeProfitFillsAtTheBidWhenTheBidIsAboveIt() {
        broker.terms.exit.takeProfitPct = 5;
        buy100At100();

        broker.quote(105.20, 105.30, MORNING + 1);

        assertThat(broker.onlyFill().price()).isCloseTo(105.20, EXACT);
        assertThat(broker.onlyFill().realizedPnl()).isCloseTo(520.00, EXACT);
    }

    @Test
    void takeProfitOfAShortFillsWhenATradePrintsBelowIt() {
        broker.terms.exit.takeProfitPct = 10;
        broker.hold(-100, 50.00, MORNING);

        // take profit at 50.00 × (1 - 10 / 100) = 45.00
        broker.trade(44.99, MORNING + 1);

        assertThat(broker.onlyFill().price()).isCloseTo(45.00, EXACT);
        // (50.00 - 45.00) × 100 = 500.00
        assertThat(broker.onlyFill().realizedPnl()).isCloseTo(500.00, EXACT);
    }

    @Test
    void maxHoldingClosesAtMarketWhenTheClockReachesTheDeadline() {
        broker.terms.exit.maxHoldingMillis = THIRTY_MINUTES;
        buy100At100();
        long deadline = MORNING + THIRTY_MINUTES;
        assertThat(broker.nextDeadline()).isEqualTo(deadline);
        broker.quote(101.00, 101.10, deadline - 10);
        broker.clock(deadline - 1);
        assertThat(broker.fills).isEmpty();

        broker.clock(deadline);

        Fill fill = broker.onlyFill();
        assertThat(fill.price()).isCloseTo(101.00, EXACT);
        assertThat(fill.reason()).isEqualTo(FillReason.MAX_HOLDING);
        assertThat(fill.timestamp()).isEqualTo(deadline);
        assertThat(fill.realizedPnl()).isCloseTo(100.00, EXACT);
        assertThat(broker.nextDeadline()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void maxHoldingAlsoClosesOnTheFirstQuoteAfterTheDeadline() {
        broker.terms.exit.maxHoldingMillis = THIRTY_MINUTES;
        buy100At100();

        broker.quote(99.00, 99.10, MORNING + THIRTY_MINUTES + 5);

        assertThat(broker.onlyFill().reason()).isEqualTo(FillReason.MAX_HOLDING);
        assertThat(broker.onlyFill().price()).isCloseTo(99.00, EXACT);
    }

    @Test
    void maxHoldingCountsFromWhenThePositionLastOpened() {
        broker.terms.allowShort = true;
        broker.terms.exit.maxHoldingMillis = THIRTY_MINUTES;
        buy100At100();
        broker.order(Side.SELL, 300, OrderType.MARKET);

        broker.signal(MORNING + 60_000);

        // through zero into a short of 200 opened a minute later
        assertThat(broker.book.position.quantity).isEqualTo(-200);
        assertThat(broker.nextDeadline()).isEqualTo(MORNING + 60_000 + THIRTY_MINUTES);
    }
}
