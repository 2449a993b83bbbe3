package io.tradestream.model.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.rules.AlertRule;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.rules.expr.MarketView;
import org.junit.jupiter.api.Test;

class AlertTriggerTest {
    private final FixedView view = new FixedView();
    private final RuleSymbolState state = new RuleSymbolState();

    @Test
    void crossingFiresOnceWhenThePriceCrossesTheLevel() throws Exception {
        CompiledAlertRule rule = rule("price crosses_above 200", 0, 1);

        assertThat(fire(rule, 1_000, 199.0)).isNull();
        Alert alert = fire(rule, 2_000, 201.5);
        assertThat(fire(rule, 3_000, 202.0)).isNull();
        assertThat(fire(rule, 4_000, 199.0)).isNull();
        assertThat(fire(rule, 5_000, 200.5)).isNotNull();

        assertThat(alert)
                .isEqualTo(
                        new Alert(
                                "alice:r1:AAPL:2000",
                                "alice",
                                "r1",
                                1,
                                "AAPL",
                                2_000,
                                201.5,
                                "price crosses_above 200",
                                "AAPL: price crosses_above 200 (price 201.5)"));
    }

    @Test
    void levelConditionFiresWhenItBecomesTrueAndRespectsTheCooldown() throws Exception {
        CompiledAlertRule rule = rule("abs(change_pct(5m)) >= 3", 600_000, 1);

        view.change = 1.0;
        assertThat(fire(rule, 0, 10.0)).isNull();
        view.change = -3.5;
        assertThat(fire(rule, 60_000, 10.0)).isNotNull();
        assertThat(fire(rule, 120_000, 10.0)).isNull(); // still true: no new edge
        view.change = 0.5;
        assertThat(fire(rule, 180_000, 10.0)).isNull();
        view.change = 4.0;
        assertThat(fire(rule, 240_000, 10.0)).isNull(); // new edge, but cooling down until 660 s
        view.change = 0.0;
        assertThat(fire(rule, 650_000, 10.0)).isNull();
        view.change = 3.0;
        assertThat(fire(rule, 660_000, 10.0)).isNotNull(); // cooldown over exactly now
    }

    @Test
    void aNewVersionStartsWithAFreshMemory() throws Exception {
        CompiledAlertRule first = rule("price > 100", 3_600_000, 1);
        assertThat(fire(first, 0, 101.0)).isNotNull();

        CompiledAlertRule second = rule("price > 100", 3_600_000, 2);
        Alert alert = fire(second, 1_000, 101.0);

        assertThat(alert).isNotNull();
        assertThat(alert.ruleVersion()).isEqualTo(2);
    }

    private Alert fire(CompiledAlertRule rule, long timestamp, double price) {
        view.price = price;
        return AlertTrigger.evaluate(rule, "AAPL", timestamp, view, state);
    }

    private static CompiledAlertRule rule(String condition, long cooldown, long version)
            throws Exception {
        return CompiledAlertRule.compile(
                new AlertRule(
                        "alice",
                        "r1",
                        version,
                        RuleStatus.ACTIVE,
                        new String[] {"AAPL"},
                        condition,
                        cooldown));
    }

    private static final class FixedView implements MarketView {
        double price = Double.NaN;
        double change = Double.NaN;

        @Override
        public double price() {
            return price;
        }

        @Override
        public double bid() {
            return Double.NaN;
        }

        @Override
        public double ask() {
            return Double.NaN;
        }

        @Override
        public double changePct(long windowMillis) {
            return change;
        }

        @Override
        public double sentiment(long windowMillis) {
            return Double.NaN;
        }

        @Override
        public double tweetCount(long windowMillis) {
            return 0;
        }
    }
}
