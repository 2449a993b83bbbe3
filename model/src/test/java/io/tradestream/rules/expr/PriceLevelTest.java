package io.tradestream.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which conditions are plain price levels, and when a move of the price makes them true. */
class PriceLevelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "price > 200, true, false",
        "price >= 200, true, true",
        "price < 200, false, false",
        "price <= 200, false, true",
        "200 < price, true, false",
        "200 <= price, true, true",
        "200 > price, false, false",
        "200 >= price, false, true",
        "price crosses_above 200, true, false",
        "price crosses_below 200, false, false",
        "200 crosses_above price, false, false",
        "200 crosses_below price, true, false",
    })
    void recognisesEveryFormOfALevel(String condition, boolean rising, boolean inclusive)
            throws Exception {
        assertThat(ConditionCompiler.compile(condition).priceLevel())
                .isEqualTo(new PriceLevel(rising, inclusive, 200));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "price == 200",
                "price != 200",
                "price > 200 and spread < 1",
                "price + 1 > 200",
                "bid > 200",
                "price > sma(5m)",
                "not price > 200",
            })
    void otherConditionsAreNotLevels(String condition) throws Exception {
        assertThat(ConditionCompiler.compile(condition).priceLevel()).isNull();
    }

    /** Each level's moves agree with evaluating the same condition before and after the move. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "price > 200",
                "price >= 200",
                "price < 200",
                "price <= 200",
                "price crosses_above 200",
                "price crosses_below 200",
            })
    void becomesTrueExactlyWhenTheConditionTurnsTrue(String condition) throws Exception {
        CompiledCondition compiled = ConditionCompiler.compile(condition);
        PriceLevel level = compiled.priceLevel();
        double[] prices = {199, 200, 201, 200, 199.5, 200, 200, 250, 150, 200, 201};
        for (int i = 1; i < prices.length; i++) {
            double[] memory = compiled.newCrossingMemory();
            FakeMarketView view = new FakeMarketView();
            view.price = prices[i - 1];
            boolean before = compiled.evaluate(view, memory);
            view.price = prices[i];
            boolean after = compiled.evaluate(view, memory);

            assertThat(level.becomesTrue(prices[i - 1], prices[i]))
                    .as("%s from %s to %s", condition, prices[i - 1], prices[i])
                    .isEqualTo(after && (!before || condition.contains("crosses")));
        }
        assertThat(level.becomesTrue(Double.NaN, 300)).isFalse();
        assertThat(level.becomesTrue(Double.NaN, 100)).isFalse();
    }
}
