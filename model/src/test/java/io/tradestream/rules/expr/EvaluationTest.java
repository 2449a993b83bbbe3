package io.tradestream.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Results against hand-computed values, unknown (NaN) inputs and the evaluation contract. */
class EvaluationTest {
    private final FakeMarketView view = new FakeMarketView();

    /** price 101, bid 100.5, ask 101.25 (spread 0.75, mid 100.875), 5m -3.5 %, 1h +2 %. */
    private void knownMarket() {
        view.price = 101;
        view.quote(100.5, 101.25).change("5m", -3.5).change("1h", 2);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "price > 100|true",
                "price >= 101|true",
                "price > 101|false",
                "price < 101|false",
                "price <= 101|true",
                "price == 101|true",
                "price != 101|false",
                "price != 100|true",
                "spread == 0.75|true",
                "(bid + ask) / 2 == 100.875|true",
                "(bid + ask) / 2 > 100 or not (price < 10)|true",
                "bid + ask / 2 == 151.125|true",
                "price * 2 - 2 == 200|true",
                "-price == -101|true",
                "- -price == 101|true",
                "10 - 4 - 3 == 3|true",
                "12 / 3 / 2 == 2|true",
                "abs(change_pct(5m)) >= 3|true",
                "abs(change_pct(5m)) == 3.5|true",
                "change_pct(5m) == -3.5|true",
                "change_pct(1h) == 2%|true",
                "change_pct(1h) <= -2% and spread < 0.05|false",
                "change_pct(5m) <= -2% and spread < 1|true",
                "abs(price - ask) == 0.25|true",
                "not price > 100|false",
                "not not price > 100|true",
                "price > 1000 or bid > 100 and ask < 102|true",
                "(price > 1000 or bid > 100) and ask > 102|false",
                "price / 0 > 1000000|true",
                "0 / 0 == 0|false",
                "0 / 0 != 0|false",
            })
    void computesTheExpectedResult(String source, boolean expected) throws Exception {
        knownMarket();

        assertThat(evaluate(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "price > 1",
        "price < 1",
        "price >= 1",
        "price <= 1",
        "price == price",
        "price != 1",
        "price + 1 > 0",
        "abs(price) >= 0",
        "spread >= 0",
        "change_pct(5m) > -100",
        "change_pct(5m) != 0",
    })
    void unknownValuesMakeEveryComparisonFalse(String source) throws Exception {
        assertThat(evaluate(source)).isFalse();
    }

    @Test
    void unknownIsFalseOnlyAtTheComparisonSoNotTurnsItTrue() throws Exception {
        assertThat(evaluate("not (price > 1)")).isTrue();
        assertThat(evaluate("price > 1 or 1 > 0")).isTrue();
    }

    @Test
    void aMissingQuoteSideMakesSpreadUnknown() throws Exception {
        view.price = 101;
        view.quote(Double.NaN, 101);

        assertThat(evaluate("spread < 1")).isFalse();
        assertThat(evaluate("ask == 101")).isTrue();
        assertThat(evaluate("bid != 1")).isFalse();
    }

    @Test
    void asksTheViewForTheCompiledWindow() throws Exception {
        view.change("90s", 1.5).change("1s", -1);

        assertThat(evaluate("change_pct(90s) == 1.5 and change_pct(1s) == -1")).isTrue();
        assertThat(evaluate("change_pct(91s) == 1.5")).isFalse();
    }

    @Test
    void skipsARightSideWithoutCrossingsWhenTheLeftDecides() throws Exception {
        knownMarket();

        view.changePctCalls = 0;
        assertThat(evaluate("price < 0 and change_pct(5m) < 0")).isFalse();
        assertThat(evaluate("price > 0 or change_pct(5m) > 0")).isTrue();
        assertThat(view.changePctCalls).isZero();

        assertThat(evaluate("price < 0 and change_pct(5m) crosses_above 0")).isFalse();
        assertThat(evaluate("price > 0 or change_pct(5m) crosses_below 0")).isTrue();
        assertThat(view.changePctCalls).isEqualTo(2);
    }

    @Test
    void refusesCrossingMemoryOfTheWrongLength() throws Exception {
        CompiledCondition condition = ConditionCompiler.compile("price crosses_above 1");

        assertThatThrownBy(() -> condition.evaluate(view, new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crossing memory has 0 slots; the condition has 1 crossings");
    }

    @Test
    void newCrossingMemoryIsUnknownForEveryCrossing() throws Exception {
        CompiledCondition condition =
                ConditionCompiler.compile("price crosses_above 1 or price crosses_below 2");

        assertThat(condition.newCrossingMemory()).hasSize(2).containsOnly(Double.NaN);
        assertThat(ConditionCompiler.compile("price > 1").newCrossingMemory()).isEmpty();
    }

    private boolean evaluate(String source) throws Exception {
        CompiledCondition condition = ConditionCompiler.compile(source);
        return condition.evaluate(view, condition.newCrossingMemory());
    }
}
