package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.EXACT;
import static io.tradestream.model.trading.BrokerHarness.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarketAndLimitOrdersTest {
    private final BrokerHarness broker = new BrokerHarness();

    @Test
    void marketBuyFillsAtTheAskWithSlippageAndTheMinimumCommission() {
        broker.terms.costs.slippageBps = 5;
        broker.terms.costs.commissionPerShare = 0.005;
        broker.terms.costs.commissionMinimum = 1.00;
        broker.order(Side.BUY, 100, OrderType.MARKET);
        broker.quote(99.90, 100.00, MORNING);

        broker.signal(MORNING + 1);

        Fill fill = broker.onlyFill();
        // 100.00 ask × (1 + 5 / 10 000) = 100.05
        assertThat(fill.price()).isCloseTo(100.05, EXACT);
        // max(1.00 minimum, 0.005 × 100 = 0.50) = 1.00
        assertThat(fill.commission()).isCloseTo(1.00, EXACT);
        assertThat(fill.id()).isEqualTo("alice:dip:AAPL:1");
        assertThat(fill.orderId()).isEqualTo(1);
        assertThat(fill.timestamp()).isEqualTo(MORNING + 1);
        assertThat(fill.side()).isEqualTo(Side.BUY);
        assertThat(fill.quantity()).isEqualTo(100);
        assertThat(fill.reason()).isEqualTo(FillReason.SIGNAL);
        assertThat(fill.orderType()).isEqualTo(OrderType.MARKET);
        assertThat(fill.realizedPnl()).isZero();
        assertThat(fill.positionAfter()).isEqualTo(100);
        assertThat(fill.averageCostAfter()).isCloseTo(100.05, EXACT);
        assertThat(broker.book.orders).isEmpty();
        assertThat(broker.book.position.fees).isCloseTo(1.00, EXACT);
        assertThat(broker.book.position.openedAt).isEqualTo(MORNING + 1);
    }

    @Test
    void marketSellFillsAtTheBidWithSlippageAndTheCommissionPerShare() {
        broker.terms.costs.slippageBps = 5;
        broker.terms.costs.commissionPerShare = 0.005;
        broker.terms.costs.commissionMinimum = 1.00;
        broker.hold(400, 90.00, MORNING);
        broker.order(Side.SELL, 400, OrderType.MARKET);
        broker.quote(99.90, 100.00, MORNING);

        broker.signal(MORNING + 1);

        Fill fill = broker.onlyFill();
        // 99.90 bid × (1 - 5 / 10 000) = 99.90 - 0.04995 = 99.85005
        assertThat(fill.price()).isCloseTo(99.85005, EXACT);
        // max(1.00, 0.005 × 400 = 2.00) = 2.00
        assertThat(fill.commission()).isCloseTo(2.00, EXACT);
        // (99.85005 - 90.00) × 400 = 3 940.02
        assertThat(fill.realizedPnl()).isCloseTo(3_940.02, EXACT);
        assertThat(fill.positionAfter()).isZero();
        assertThat(fill.averageCostAfter()).isZero();
    }

    @Test
    void marketOrderWithoutAQuoteFillsAtTheLastTradeWithSlippage() {
        broker.terms.costs.slippageBps = 10;
        broker.order(Side.BUY, 10, OrderType.MARKET);
        broker.trade(50.00, MORNING);

        broker.signal(MORNING + 1);

        // 50.00 × (1 + 10 / 10 000) = 50.05
        assertThat(broker.onlyFill().price()).isCloseTo(50.05, EXACT);
    }

    @Test
    void limitBuyFillsAtTheAskOnceTheQuoteReachesTheLimit() {
        broker.terms.costs.slippageBps = 5;
        broker.order(Side.BUY, 100, OrderType.LIMIT).limitPrice = 99.50;
        broker.quote(100.00, 100.10, MORNING);
        broker.signal(MORNING + 1);
        broker.quote(99.50, 99.60, MORNING + 2);
        assertThat(broker.fills).isEmpty();

        broker.quote(99.30, 99.40, MORNING + 3);

        Fill fill = broker.onlyFill();
        // ask 99.40 <= limit 99.50: the ask, without slippage
        assertThat(fill.price()).isCloseTo(99.40, EXACT);
        assertThat(fill.orderType()).isEqualTo(OrderType.LIMIT);
        assertThat(fill.timestamp()).isEqualTo(MORNING + 3);
        assertThat(broker.book.orders).isEmpty();
    }

    @Test
    void limitBuyFillsAtTheLimitWhenATradePrintsStrictlyBelowIt() {
        broker.order(Side.BUY, 100, OrderType.LIMIT).limitPrice = 99.50;
        broker.quote(99.60, 99.70, MORNING);
        broker.signal(MORNING + 1);
        broker.trade(99.50, MORNING + 2);
        assertThat(broker.fills).as("a print at the limit may not reach our order").isEmpty();

        broker.trade(99.49, MORNING + 3);

        assertThat(broker.onlyFill().price()).isCloseTo(99.50, EXACT);
    }

    @Test
    void limitSellFillsAtTheBidOrAtTheLimitOnATradeAbove() {
        broker.terms.allowShort = true;
        broker.order(Side.SELL, 100, OrderType.LIMIT).limitPrice = 101.00;
        broker.quote(100.00, 100.10, MORNING);
        broker.signal(MORNING + 1);

        broker.trade(101.01, MORNING + 2);

        assertThat(broker.onlyFill().price()).isCloseTo(101.00, EXACT);
        assertThat(broker.book.position.quantity).isEqualTo(-100);

        broker.signal(MORNING + 3);
        broker.quote(101.05, 101.10, MORNING + 4);

        // bid 101.05 >= limit 101.00: the bid
        assertThat(broker.lastFill().price()).isCloseTo(101.05, EXACT);
        assertThat(broker.book.position.quantity).isEqualTo(-200);
    }

    @Test
    void marketableLimitFillsAtOnceAtTheQuote() {
        broker.order(Side.BUY, 100, OrderType.LIMIT).limitPrice = 100.20;
        broker.quote(99.90, 100.00, MORNING);

        broker.signal(MORNING + 1);

        assertThat(broker.onlyFill().price()).isCloseTo(100.00, EXACT);
        assertThat(broker.book.orders).isEmpty();
    }

    @Test
    void limitOffsetsAreMeasuredFromTheLastTradeBelowForABuyAndAboveForASell() {
        broker.order(Side.BUY, 100, OrderType.LIMIT).limitOffsetPct = 0.5;
        broker.quote(199.00, 201.00, MORNING);
        broker.trade(200.00, MORNING);

        broker.signal(MORNING + 1);

        // 200.00 × (1 - 0.5 / 100) = 199.00
        assertThat(broker.onlyOrder().limitPrice).isCloseTo(199.00, EXACT);

        BrokerHarness seller = new BrokerHarness();
        seller.terms.allowShort = true;
        seller.order(Side.SELL, 100, OrderType.LIMIT).limitOffsetPct = 0.5;
        seller.quote(199.00, 200.00, MORNING);

        seller.signal(MORNING + 1);

        // no trade yet: from the mid (199.00 + 200.00) / 2 = 199.50, × (1 + 0.5 / 100) = 200.4975
        assertThat(seller.onlyOrder().limitPrice).isCloseTo(200.4975, EXACT);
    }

    @Test
    void aStrategyDoesNotPlaceAnotherOrderWhileOneIsWorking() {
        broker.order(Side.BUY, 100, OrderType.LIMIT).limitPrice = 99.00;
        broker.quote(99.90, 100.00, MORNING);

        broker.signal(MORNING + 1);
        broker.signal(MORNING + 2);

        assertThat(broker.onlyOrder().id).isEqualTo(1);
        assertThat(broker.onlyOrder().placedAt).isEqualTo(MORNING + 1);
        assertThat(broker.book.nextOrderId).isEqualTo(2);
        assertThat(broker.notices).isEmpty();
    }

    @Test
    void anOrderIsRefusedWhileThereIsNoPriceToMeasureItFrom() {
        broker.order(Side.BUY, 100, OrderType.LIMIT).limitOffsetPct = 0.5;

        broker.signal(MORNING);

        assertThat(broker.book.orders).isEmpty();
        assertThat(broker.notices)
                .containsExactly(
                        new OrderNotice(
                                "alice",
                                "dip",
                                "AAPL",
                                MORNING,
                                "buy 100 AAPL limit refused: there is no trade or quote for AAPL"
                                        + " yet to price it"));
    }
}
