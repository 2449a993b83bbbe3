package io.tradestream.rules.expr;

import static io.tradestream.rules.expr.ConditionErrorTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The functions over one-minute bars: what they ask the view for, their bars and their bounds. */
class BarFunctionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "volume(5m) > 1000|volume(5)|5",
                "vwap(15m) > 1000|vwap(15)|15",
                "sma(20m) > 1000|sma(20)|20",
                "ema(10m) > 1000|ema(10)|40",
                "rsi(14) > 1000|rsi(14)|57",
                "volatility(30m) > 1000|volatility(30)|31",
                "bollinger_upper(20m, 2) > 1000|bollinger(20,2.0)|20",
                "bollinger_lower(20m, 2.5) > 1000|bollinger(20,-2.5)|20",
                "sma(4h) > 1000|sma(240)|240",
            })
    void readsTheBarsItsWindowCovers(String condition, String call, int barsNeeded)
            throws Exception {
        CompiledCondition compiled = ConditionCompiler.compile(condition);
        FakeMarketView view = new FakeMarketView().bars(call, 1001);

        assertThat(compiled.evaluate(view, compiled.newCrossingMemory())).isTrue();
        assertThat(compiled.barsNeeded()).isEqualTo(barsNeeded);
        assertThat(compiled.maxWindowMillis()).as("no per-second price history").isZero();
    }

    @Test
    void aGoldenCrossComparesTwoAverages() throws Exception {
        CompiledCondition cross = ConditionCompiler.compile("sma(5m) crosses_above sma(20m)");
        double[] memory = cross.newCrossingMemory();
        FakeMarketView view = new FakeMarketView().bars("sma(5)", 99).bars("sma(20)", 100);

        assertThat(cross.evaluate(view, memory)).isFalse();
        assertThat(cross.evaluate(view.bars("sma(5)", 101), memory)).isTrue();
        assertThat(cross.barsNeeded()).isEqualTo(20);
    }

    @Test
    void rendersBandsWithTheirWidth() throws Exception {
        assertThat(ConditionCompiler.compile("price > bollinger_upper(20m, 2)").structure())
                .isEqualTo("(price > bollinger_upper(20m, 2))");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sma(90s) > 1|4|sma window must be a multiple of 1m, got 90s at position 4",
                "sma(30s) > 1|4|sma window must be between 1m and 4h, got 30s at position 4",
                "volume(5h) > 1|7|volume window must be between 1m and 4h, got 5h at position 7",
                "ema(2h) > 1|4|ema window must be between 1m and 1h, got 2h at position 4",
                "rsi(1) > 1|4|rsi periods must be between 2 and 50, got 1 at position 4",
                "rsi(51) > 1|4|rsi periods must be between 2 and 50, got 51 at position 4",
                "rsi(14.5) > 1|4|rsi periods must be a whole number at position 4 but found"
                        + " '14.5' (write e.g. 14)",
                "rsi(5m) > 1|4|rsi periods must be a whole number at position 4 but found '5m'"
                        + " (write e.g. 14)",
                "bollinger_upper(20m, 0) > 1|21|bollinger_upper width must be between 0.1 and"
                        + " 10, got 0 at position 21",
                "bollinger_upper(20m, price) > 1|21|bollinger_upper width must be a number at"
                        + " position 21 but found 'price' (write e.g. 2)",
                "bollinger_lower(20m) > 1|19|bollinger_lower takes 2 arguments at position 19"
                        + " (e.g. bollinger_lower(5m, 2))",
            })
    void refusesBadArgumentsNamingThePosition(String condition, int position, String message) {
        assertRefused(condition, position, message);
    }
}
