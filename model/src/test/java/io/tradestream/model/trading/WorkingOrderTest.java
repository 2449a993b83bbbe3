package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkingOrderTest {
    @Test
    void describesOrdersTheWayTradersSayThem() {
        OrderTemplate template = new OrderTemplate();
        template.quantity = 100;
        template.type = OrderType.STOP_LIMIT;
        template.stopPrice = 190;
        template.limitPrice = 190.5;
        assertThat(describe(template, 200)).isEqualTo("buy 100 AAPL stop 190 limit 190.5");

        template.side = Side.SELL;
        template.type = OrderType.TRAILING_STOP;
        template.trailPct = 2.5;
        assertThat(describe(template, 200)).isEqualTo("sell 100 AAPL trailing stop 2.5%");

        template.type = OrderType.LIMIT;
        template.limitPrice = Double.NaN;
        template.limitOffsetPct = 1;
        // 187.4321 × 1.01 = 189.306421, shown to four decimals
        assertThat(describe(template, 187.4321)).isEqualTo("sell 100 AAPL limit 189.3064");
        assertThat(describe(template, Double.NaN)).isEqualTo("sell 100 AAPL limit");
    }

    private static String describe(OrderTemplate template, double reference) {
        return WorkingOrder.fromTemplate(template, reference, MORNING).describe("AAPL");
    }
}
