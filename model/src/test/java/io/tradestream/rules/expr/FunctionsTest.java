package io.tradestream.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.rules.expr.FunctionSpec.Input;
import io.tradestream.rules.expr.FunctionSpec.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The function registry and what a spec says about its function. */
class FunctionsTest {

    @Test
    void knowsExactlyTheFunctionsOfThisRelease() {
        assertThat(Functions.knownNames())
                .isEqualTo(
                        "abs, ask, bid, bollinger_lower, bollinger_upper, change_pct, ema, price,"
                                + " rsi, sentiment, sma, spread, tweet_count, volatility, volume,"
                                + " vwap");
        assertThat(Functions.find("macd")).isNull();
        assertThat(Functions.find("PRICE")).isNull();
    }

    @Test
    void describesArityArgumentKindsAndQuotes() {
        FunctionSpec changePct = Functions.find("change_pct");
        assertThat(changePct.arity()).isEqualTo(1);
        assertThat(changePct.parameters())
                .containsExactly(Parameter.window("window", 1_000, 3_600_000));
        assertThat(changePct.input()).isEqualTo(Input.TRADES);

        assertThat(Functions.find("abs").parameters()).containsExactly(Parameter.number("x"));
        for (String name : List.of("price", "bid", "ask", "spread")) {
            assertThat(Functions.find(name).arity()).as(name).isZero();
            assertThat(Functions.find(name).input())
                    .as(name)
                    .isEqualTo(name.equals("price") ? Input.TRADES : Input.QUOTES);
        }
        for (String name : List.of("sentiment", "tweet_count")) {
            assertThat(Functions.find(name).parameters())
                    .as(name)
                    .containsExactly(Parameter.steppedWindow("window", 60_000, 3_600_000, 60_000));
            assertThat(Functions.find(name).input()).as(name).isEqualTo(Input.SENTIMENT);
        }
    }

    @Test
    void writesExamplesForHints() {
        FunctionSpec bands =
                new FunctionSpec(
                        "bollinger_upper",
                        List.of(
                                Parameter.window("window", 3_600_000, 86_400_000),
                                Parameter.number("k")),
                        Input.TRADES,
                        args -> new NumberNode.Constant(0));

        assertThat(Functions.find("price").example()).isEqualTo("price");
        assertThat(Functions.find("change_pct").example()).isEqualTo("change_pct(5m)");
        assertThat(Functions.find("abs").example()).isEqualTo("abs(price)");
        assertThat(bands.example()).isEqualTo("bollinger_upper(1h, price)");
    }

    @Test
    void formatsWindowsInTheLargestExactUnit() {
        assertThat(WindowFormat.format(1_000)).isEqualTo("1s");
        assertThat(WindowFormat.format(90_000)).isEqualTo("90s");
        assertThat(WindowFormat.format(300_000)).isEqualTo("5m");
        assertThat(WindowFormat.format(3_600_000)).isEqualTo("1h");
        assertThat(WindowFormat.format(172_800_000)).isEqualTo("2d");
    }
}
