package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.EXACT;
import static io.tradestream.model.trading.BrokerHarness.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A strategy that buys 100, sells 40 of them, then sells 100 into a short, through the broker. */
class PartialExitAndReversalTest {
    private final BrokerHarness broker = new BrokerHarness();

    @Test
    void sellingPartOfAPositionThenThroughZeroKeepsTheBooksStraight() {
        broker.terms.allowShort = true;
        broker.terms.costs.commissionPerShare = 0.01;
        broker.terms.costs.commissionMinimum = 1.00;

        broker.order(Side.BUY, 100, OrderType.MARKET);
        broker.quote(19.95, 20.00, MORNING);
        broker.signal(MORNING);
        broker.order(Side.SELL, 40, OrderType.MARKET);
        broker.quote(21.00, 21.05, MORNING + 1);
        broker.signal(MORNING + 1);
        broker.order(Side.SELL, 100, OrderType.MARKET);
        broker.quote(19.00, 19.05, MORNING + 2);
        broker.signal(MORNING + 2);

        assertThat(broker.fills).hasSize(3);
        Fill buy = broker.fills.get(0);
        Fill partial = broker.fills.get(1);
        Fill reversal = broker.fills.get(2);

        // buy 100 at the ask 20.00; commission max(1.00, 0.01 × 100) = 1.00
        assertThat(buy.price()).isCloseTo(20.00, EXACT);
        assertThat(buy.commission()).isCloseTo(1.00, EXACT);
        assertThat(buy.positionAfter()).isEqualTo(100);

        // sell 40 at the bid 21.00: (21.00 - 20.00) × 40 = 40.00; max(1.00, 0.40) = 1.00
        assertThat(partial.realizedPnl()).isCloseTo(40.00, EXACT);
        assertThat(partial.commission()).isCloseTo(1.00, EXACT);
        assertThat(partial.positionAfter()).isEqualTo(60);
        assertThat(partial.averageCostAfter()).isCloseTo(20.00, EXACT);

        // sell 100 at the bid 19.00 closes 60: (19.00 - 20.00) × 60 = -60.00, and opens a short
        // of 40 at 19.00; commission max(1.00, 0.01 × 100) = 1.00
        assertThat(reversal.realizedPnl()).isCloseTo(-60.00, EXACT);
        assertThat(reversal.positionAfter()).isEqualTo(-40);
        assertThat(reversal.averageCostAfter()).isCloseTo(19.00, EXACT);
        assertThat(reversal.id()).isEqualTo("alice:dip:AAPL:3");
        assertThat(reversal.orderId()).isEqualTo(3);

        Position position = broker.book.position;
        // 40.00 - 60.00 = -20.00 realized, 3.00 in fees
        assertThat(position.realizedPnl).isCloseTo(-20.00, EXACT);
        assertThat(position.fees).isCloseTo(3.00, EXACT);
        assertThat(position.openedAt).isEqualTo(MORNING + 2);
        assertThat(position.closingFills).isEqualTo(2);
        assertThat(position.winningFills).isEqualTo(1);
        assertThat(position.fillCount).isEqualTo(3);
        // the short of 40 at 19.00 marked at 18.50: (18.50 - 19.00) × -40 = 20.00;
        // net -20.00 - 3.00 + 20.00 = -3.00
        assertThat(position.netPnl(18.50)).isCloseTo(-3.00, EXACT);
    }
}
