package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DayOrdersTest {
    /** 16:00 in New York on the day of {@link BrokerHarness#MORNING}, daylight saving time. */
    private static final long CLOSE = Instant.parse("2024-06-12T20:00:00Z").toEpochMilli();

    private final BrokerHarness broker = new BrokerHarness();

    @Test
    void aDayOrderExpiresAtTheCloseWithANotice() {
        OrderTemplate order = broker.order(Side.BUY, 100, OrderType.LIMIT);
        order.limitPrice = 187.50;
        order.timeInForce = TimeInForce.DAY;
        broker.quote(189.00, 189.10, MORNING);
        broker.signal(MORNING);
        assertThat(broker.onlyOrder().expiresAt).isEqualTo(CLOSE);
        assertThat(broker.nextDeadline()).isEqualTo(CLOSE);

        broker.clock(CLOSE - 1);
        assertThat(broker.book.orders).hasSize(1);
        broker.clock(CLOSE);

        assertThat(broker.book.orders).isEmpty();
        assertThat(broker.notices)
                .containsExactly(
                        new OrderNotice(
                                "alice",
                                "dip",
                                "AAPL",
                                CLOSE,
                                "buy 100 AAPL limit 187.5 expired at the close"));
        assertThat(broker.nextDeadline()).isEqualTo(Long.MAX_VALUE);
        assertThat(broker.fills).isEmpty();
    }

    @Test
    void aGoodTillCancelledOrderKeepsWorking() {
        broker.order(Side.BUY, 100, OrderType.LIMIT).limitPrice = 187.50;
        broker.quote(189.00, 189.10, MORNING);
        broker.signal(MORNING);

        broker.clock(CLOSE + 86_400_000L);

        assertThat(broker.onlyOrder().expiresAt).isEqualTo(Long.MAX_VALUE);
        assertThat(broker.nextDeadline()).isEqualTo(Long.MAX_VALUE);
        assertThat(broker.notices).isEmpty();
    }

    @Test
    void theNextDeadlineIsTheEarlierOfExpiryAndMaximumHolding() {
        broker.terms.exit.maxHoldingMillis = 60 * 60_000L;
        broker.hold(100, 180.00, MORNING);
        OrderTemplate order = broker.order(Side.SELL, 100, OrderType.STOP);
        order.stopPrice = 170.00;
        order.timeInForce = TimeInForce.DAY;
        broker.quote(189.00, 189.10, MORNING + 1);
        broker.signal(MORNING + 1);

        // held since 10:30 for at most an hour: 11:30, before the 16:00 close
        assertThat(broker.nextDeadline()).isEqualTo(MORNING + 60 * 60_000L);
    }
}
