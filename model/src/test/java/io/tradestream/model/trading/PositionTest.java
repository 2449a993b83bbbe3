package io.tradestream.model.trading;

import static io.tradestream.model.trading.BrokerHarness.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionTest {
    private final Position position = new Position();

    @Test
    void addingInTheSameDirectionReaveragesTheCost() {
        assertThat(position.apply(Side.BUY, 100, 10.00, 1.00, 1_000)).isZero();
        assertThat(position.apply(Side.BUY, 50, 13.00, 1.00, 2_000)).isZero();

        assertThat(position.quantity).isEqualTo(150);
        // (100 × 10.00 + 50 × 13.00) / 150 = 1 650 / 150 = 11.00
        assertThat(position.averageCost).isCloseTo(11.00, EXACT);
        assertThat(position.openedAt).isEqualTo(1_000);
        assertThat(position.closingFills).isZero();
        assertThat(position.fillCount).isEqualTo(2);
    }

    @Test
    void reducingRealizesAgainstAnUnchangedAverage() {
        position.apply(Side.BUY, 100, 11.00, 0, 1_000);

        double realized = position.apply(Side.SELL, 40, 12.50, 0, 2_000);

        // (12.50 - 11.00) × 40 = 60.00
        assertThat(realized).isCloseTo(60.00, EXACT);
        assertThat(position.quantity).isEqualTo(60);
        assertThat(position.averageCost).isCloseTo(11.00, EXACT);
        assertThat(position.realizedPnl).isCloseTo(60.00, EXACT);
        assertThat(position.closingFills).isEqualTo(1);
        assertThat(position.winningFills).isEqualTo(1);
        assertThat(position.openedAt).isEqualTo(1_000);
    }

    @Test
    void aFillThroughZeroClosesAndOpensTheRestAtTheFillPrice() {
        position.apply(Side.BUY, 60, 11.00, 0, 1_000);

        double realized = position.apply(Side.SELL, 100, 10.00, 0, 2_000);

        // closes 60: (10.00 - 11.00) × 60 = -60.00; opens a short of 40 at 10.00
        assertThat(realized).isCloseTo(-60.00, EXACT);
        assertThat(position.quantity).isEqualTo(-40);
        assertThat(position.averageCost).isCloseTo(10.00, EXACT);
        assertThat(position.openedAt).isEqualTo(2_000);
        assertThat(position.closingFills).isEqualTo(1);
        assertThat(position.winningFills).isZero();
    }

    @Test
    void coveringAShortRealizesTheAverageLessThePrice() {
        position.apply(Side.SELL, 40, 10.00, 0, 1_000);
        position.apply(Side.SELL, 60, 11.00, 0, 2_000);
        // (40 × 10.00 + 60 × 11.00) / 100 = 10.60
        assertThat(position.averageCost).isCloseTo(10.60, EXACT);

        double realized = position.apply(Side.BUY, 100, 9.60, 0, 3_000);

        // (10.60 - 9.60) × 100 = 100.00
        assertThat(realized).isCloseTo(100.00, EXACT);
        assertThat(position.quantity).isZero();
        assertThat(position.averageCost).isZero();
    }

    @Test
    void unrealizedAndNetProfitValueTheSharesHeldAtTheMarkLessFees() {
        position.apply(Side.BUY, 100, 10.00, 1.00, 1_000);
        position.apply(Side.SELL, 40, 12.00, 1.00, 2_000);

        // realized (12.00 - 10.00) × 40 = 80.00; 60 held, at 11.00: (11.00 - 10.00) × 60 = 60.00
        assertThat(position.realizedPnl).isCloseTo(80.00, EXACT);
        assertThat(position.unrealizedPnl(11.00)).isCloseTo(60.00, EXACT);
        assertThat(position.fees).isCloseTo(2.00, EXACT);
        // 80.00 - 2.00 + 60.00
        assertThat(position.netPnl(11.00)).isCloseTo(138.00, EXACT);
    }

    @Test
    void aShortGainsWhenTheMarkFalls() {
        position.apply(Side.SELL, 40, 10.00, 0, 1_000);

        // (9.50 - 10.00) × -40 = 20.00
        assertThat(position.unrealizedPnl(9.50)).isCloseTo(20.00, EXACT);
        assertThat(position.unrealizedPnl(10.50)).isCloseTo(-20.00, EXACT);
    }

    @Test
    void aFlatPositionHasNoUnrealizedProfitEvenWithoutAPrice() {
        assertThat(position.unrealizedPnl(Double.NaN)).isZero();
    }
}
