package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.EXACT;
import static io.tradestream.model.trading.BrokerHarness.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortSellingTest {
    private final BrokerHarness broker = new BrokerHarness();

    @Test
    void aSellWhileFlatIsRefusedWithoutShortSelling() {
        broker.order(Side.SELL, 100, OrderType.MARKET);
        broker.quote(10.00, 10.01, MORNING);

        broker.signal(MORNING + 1);

        assertThat(broker.fills).isEmpty();
        assertThat(broker.book.orders).isEmpty();
        assertThat(broker.book.nextOrderId).isEqualTo(1);
        assertThat(broker.messages())
                .containsExactly(
                        "sell 100 AAPL refused: short selling is not allowed for this strategy"
                                + " and the position is flat");
    }

    @Test
    void aSellIsCutToTheLongPositionWithoutShortSelling() {
        broker.hold(40, 10.00, MORNING);
        broker.order(Side.SELL, 100, OrderType.MARKET);
        broker.quote(10.50, 10.60, MORNING);

        broker.signal(MORNING + 1);

        assertThat(broker.messages())
                .containsExactly(
                        "sell 100 AAPL cut to 40 shares: short selling is not allowed for this"
                                + " strategy and the position is long 40");
        Fill fill = broker.onlyFill();
        assertThat(fill.quantity()).isEqualTo(40);
        // (10.50 - 10.00) × 40 = 20.00
        assertThat(fill.realizedPnl()).isCloseTo(20.00, EXACT);
        assertThat(broker.book.position.quantity).isZero();
    }

    @Test
    void aWorkingSellIsCancelledWhenAnExitHasClosedThePosition() {
        broker.terms.exit.stopLossPct = 5;
        broker.hold(100, 100.00, MORNING);
        broker.order(Side.SELL, 100, OrderType.LIMIT).limitPrice = 110.00;
        broker.quote(100.00, 100.10, MORNING);
        broker.signal(MORNING + 1);
        // stop loss at 95.00
        broker.quote(94.90, 95.00, MORNING + 2);
        assertThat(broker.onlyFill().reason()).isEqualTo(FillReason.STOP_LOSS);

        broker.trade(110.01, MORNING + 3);

        assertThat(broker.fills).hasSize(1);
        assertThat(broker.book.orders).isEmpty();
        assertThat(broker.messages())
                .containsExactly(
                        "sell 100 AAPL limit 110 cancelled: short selling is not allowed for"
                                + " this strategy and the position is flat");
    }

    @Test
    void aShortIsOpenedAndCoveredAtAProfitWhenAllowed() {
        broker.terms.allowShort = true;
        broker.terms.costs.commissionPerShare = 0.01;
        broker.terms.costs.commissionMinimum = 1.00;
        broker.order(Side.SELL, 100, OrderType.MARKET);
        broker.quote(50.00, 50.05, MORNING);
        broker.signal(MORNING + 1);
        assertThat(broker.book.position.quantity).isEqualTo(-100);
        assertThat(broker.book.position.averageCost).isCloseTo(50.00, EXACT);
        broker.quote(47.90, 48.00, MORNING + 2);
        // short 100 at 50.00, marked at 48.00: (48.00 - 50.00) × -100 = 200.00
        assertThat(broker.book.position.unrealizedPnl(48.00)).isCloseTo(200.00, EXACT);
        broker.order(Side.BUY, 100, OrderType.MARKET);

        broker.signal(MORNING + 3);

        Fill cover = broker.lastFill();
        assertThat(cover.price()).isCloseTo(48.00, EXACT);
        // (50.00 - 48.00) × 100 = 200.00
        assertThat(cover.realizedPnl()).isCloseTo(200.00, EXACT);
        assertThat(cover.id()).isEqualTo("alice:dip:AAPL:2");
        Position position = broker.book.position;
        assertThat(position.quantity).isZero();
        // max(1.00, 0.01 × 100) = 1.00 per fill, twice
        assertThat(position.fees).isCloseTo(2.00, EXACT);
        // 200.00 realized - 2.00 fees
        assertThat(position.netPnl(48.00)).isCloseTo(198.00, EXACT);
        assertThat(position.closingFills).isEqualTo(1);
        assertThat(position.winningFills).isEqualTo(1);
    }
}
