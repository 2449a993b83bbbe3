package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.EXACT;
import static io.tradestream.model.trading.BrokerHarness.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopOrdersTest {
    private final BrokerHarness broker = new BrokerHarness();

    @Test
    void buyStopTriggersOnATradeAtTheStopAndFillsAtMarket() {
        broker.terms.costs.slippageBps = 10;
        broker.order(Side.BUY, 100, OrderType.STOP).stopOffsetPct = 1;
        broker.trade(100.00, MORNING);
        broker.signal(MORNING + 1);
        // 100.00 × (1 + 1 / 100) = 101.00
        assertThat(broker.onlyOrder().stopPrice).isCloseTo(101.00, EXACT);
        broker.trade(100.99, MORNING + 2);
        assertThat(broker.fills).isEmpty();

        broker.trade(101.00, MORNING + 3);

        Fill fill = broker.onlyFill();
        // no quote: the triggering trade 101.00 × (1 + 10 / 10 000) = 101.101
        assertThat(fill.price()).isCloseTo(101.101, EXACT);
        assertThat(fill.orderType()).isEqualTo(OrderType.STOP);
        assertThat(broker.book.orders).isEmpty();
    }

    @Test
    void sellStopTriggersWhenTheBidReachesItAndFillsAtTheBid() {
        broker.terms.allowShort = true;
        broker.terms.costs.slippageBps = 20;
        broker.order(Side.SELL, 100, OrderType.STOP).stopPrice = 49.50;
        broker.quote(50.00, 50.02, MORNING);
        broker.signal(MORNING + 1);
        broker.quote(49.51, 49.53, MORNING + 2);
        assertThat(broker.fills).isEmpty();

        broker.quote(49.50, 49.52, MORNING + 3);

        // bid 49.50 <= stop 49.50; 49.50 × (1 - 20 / 10 000) = 49.50 - 0.099 = 49.401
        assertThat(broker.onlyFill().price()).isCloseTo(49.401, EXACT);
        assertThat(broker.book.position.quantity).isEqualTo(-100);
    }

    @Test
    void stopLimitBecomesALimitWhenTheQuoteReachesItsStopAndFillsWhenTheAskComesBack() {
        OrderTemplate order = broker.order(Side.BUY, 100, OrderType.STOP_LIMIT);
        order.stopPrice = 101.00;
        order.limitPrice = 101.20;
        broker.quote(100.00, 100.05, MORNING);
        broker.signal(MORNING + 1);
        assertThat(broker.onlyOrder().triggered).isFalse();

        // ask 101.40 >= stop 101.00 triggers; ask 101.40 > limit 101.20 cannot fill
        broker.quote(101.30, 101.40, MORNING + 2);
        assertThat(broker.onlyOrder().triggered).isTrue();
        assertThat(broker.fills).isEmpty();
        // a print at the limit is not through it
        broker.trade(101.20, MORNING + 3);
        assertThat(broker.fills).isEmpty();

        broker.quote(101.10, 101.15, MORNING + 4);

        // the ask 101.15 <= limit 101.20, without slippage
        assertThat(broker.onlyFill().price()).isCloseTo(101.15, EXACT);
        assertThat(broker.onlyFill().orderType()).isEqualTo(OrderType.STOP_LIMIT);
    }

    @Test
    void stopLimitTriggeredByATradeFillsAtItsLimitOnTheNextTradeThrough() {
        OrderTemplate order = broker.order(Side.BUY, 100, OrderType.STOP_LIMIT);
        order.stopPrice = 101.00;
        order.limitPrice = 101.20;
        broker.trade(100.50, MORNING);
        broker.signal(MORNING + 1);

        // 101.05 >= stop 101.00 triggers, but that print came before the limit order existed,
        // and there is no quote to fill it at once
        broker.trade(101.05, MORNING + 2);
        assertThat(broker.onlyOrder().triggered).isTrue();
        assertThat(broker.fills).isEmpty();

        broker.trade(101.10, MORNING + 3);

        // 101.10 < limit 101.20: the limit
        assertThat(broker.onlyFill().price()).isCloseTo(101.20, EXACT);
    }

    @Test
    void stopLimitFillsAtOnceWhenTheQuoteThatTriggersItIsWithinTheLimit() {
        OrderTemplate order = broker.order(Side.BUY, 100, OrderType.STOP_LIMIT);
        order.stopOffsetPct = 1;
        order.limitOffsetPct = 1;
        broker.quote(99.90, 100.10, MORNING);
        broker.signal(MORNING + 1);
        // from the mid 100.00: stop 100.00 × 1.01 = 101.00, a buy limit 100.00 × 0.99 = 99.00
        assertThat(broker.onlyOrder().stopPrice).isCloseTo(101.00, EXACT);
        assertThat(broker.onlyOrder().limitPrice).isCloseTo(99.00, EXACT);

        // ask 101.00 >= 101.00 triggers; the limit 99.00 is below the ask: no fill
        broker.quote(100.90, 101.00, MORNING + 2);
        assertThat(broker.fills).isEmpty();
        broker.quote(98.90, 99.00, MORNING + 3);

        assertThat(broker.onlyFill().price()).isCloseTo(99.00, EXACT);
    }

    @Test
    void trailingSellStopFollowsTheHighAndTriggersOnTheBid() {
        broker.hold(100, 100.00, MORNING);
        broker.order(Side.SELL, 100, OrderType.TRAILING_STOP).trailPct = 2;
        broker.trade(100.00, MORNING);
        broker.signal(MORNING + 1);
        // starts at the reference 100.00: stop 100.00 × (1 - 2 / 100) = 98.00
        assertThat(broker.onlyOrder().stopPrice).isCloseTo(98.00, EXACT);

        broker.trade(101.00, MORNING + 2);
        // 101.00 × 0.98 = 98.98
        assertThat(broker.onlyOrder().stopPrice).isCloseTo(98.98, EXACT);
        broker.trade(103.00, MORNING + 3);
        broker.trade(102.00, MORNING + 4);
        broker.trade(100.95, MORNING + 5);
        // the high stays 103.00: stop 103.00 × 0.98 = 100.94, above which 100.95 printed
        assertThat(broker.onlyOrder().trailExtreme).isCloseTo(103.00, EXACT);
        assertThat(broker.onlyOrder().stopPrice).isCloseTo(100.94, EXACT);
        assertThat(broker.fills).isEmpty();

        broker.quote(100.80, 100.90, MORNING + 6);

        Fill fill = broker.onlyFill();
        // bid 100.80 <= 100.94: sells at the bid; (100.80 - 100.00) × 100 = 80.00
        assertThat(fill.price()).isCloseTo(100.80, EXACT);
        assertThat(fill.realizedPnl()).isCloseTo(80.00, EXACT);
        assertThat(fill.orderType()).isEqualTo(OrderType.TRAILING_STOP);
        assertThat(broker.book.position.quantity).isZero();
    }

    @Test
    void trailingBuyStopFollowsTheLowAndTriggersOnATrade() {
        broker.order(Side.BUY, 50, OrderType.TRAILING_STOP).trailPct = 1;
        broker.trade(50.00, MORNING);
        broker.signal(MORNING + 1);
        // 50.00 × (1 + 1 / 100) = 50.50
        assertThat(broker.onlyOrder().stopPrice).isCloseTo(50.50, EXACT);

        broker.trade(49.00, MORNING + 2);
        // the low 49.00 × 1.01 = 49.49
        assertThat(broker.onlyOrder().stopPrice).isCloseTo(49.49, EXACT);
        broker.trade(49.48, MORNING + 3);
        assertThat(broker.fills).isEmpty();

        broker.trade(49.50, MORNING + 4);

        // 49.50 >= 49.49: no quote, so at the trade price
        assertThat(broker.onlyFill().price()).isCloseTo(49.50, EXACT);
        assertThat(broker.book.position.quantity).isEqualTo(50);
    }
}
