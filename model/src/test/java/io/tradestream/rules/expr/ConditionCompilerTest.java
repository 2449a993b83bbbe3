package io.tradestream.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionCompilerTest {
    private final TestView view = new TestView();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "price > 100|true",
                "price >= 101|true",
                "price < 100|false",
                "price == 101|true",
                "price != 101|false",
                "1 + 2 * 3 == 7|true",
                "(1 + 2) * 3 == 9|true",
                "10 - 4 - 3 == 3|true",
                "12 / 3 / 2 == 2|true",
                "-price < -100|true",
                "- -2 == 2|true",
                "spread == 0.5|true",
                "(bid + ask) / 2 > 100|true",
                "abs(change_pct(5m)) >= 3|true",
                "change_pct(1h) <= -2% and spread < 1|true",
                "change_pct(5m) >= 3%|false",
                "not price < 10|true",
                "not (price > 10) or price > 100|true",
                "price > 100 and price < 50 or bid > 0|true",
                "price > 100 and (price < 50 or bid > 1000)|false",
                ".5 < 1|true",
                "price() > 100|true",
            })
    void evaluatesWithTheUsualPrecedence(String source, boolean expected) throws Exception {
        view.price = 101;
        view.bid = 100.5;
        view.ask = 101.0;
        view.change = -3.5;

        CompiledCondition condition = ConditionCompiler.compile(source);

        assertThat(condition.evaluate(view, condition.newCrossingMemory())).isEqualTo(expected);
    }

    @Test
    void unknownValuesMakeComparisonsFalse() throws Exception {
        for (String source : new String[] {"price > 1", "price <= 1", "price != 1", "bid == bid"}) {
            CompiledCondition condition = ConditionCompiler.compile(source);
            assertThat(condition.evaluate(view, condition.newCrossingMemory()))
                    .as(source)
                    .isFalse();
        }
    }

    @Test
    void crossesAboveNeedsAKnownPreviousValueAtOrBelowTheLevel() throws Exception {
        CompiledCondition condition = ConditionCompiler.compile("price crosses_above 200");
        double[] memory = condition.newCrossingMemory();

        assertThat(at(condition, memory, 205)).isFalse(); // no previous value
        assertThat(at(condition, memory, 199)).isFalse();
        assertThat(at(condition, memory, 200)).isFalse(); // touching is not crossing
        assertThat(at(condition, memory, 200.01)).isTrue();
        assertThat(at(condition, memory, 210)).isFalse();
        assertThat(at(condition, memory, Double.NaN)).isFalse();
        assertThat(at(condition, memory, 190)).isFalse(); // previous unknown after a gap
        assertThat(at(condition, memory, 201)).isTrue();
    }

    @Test
    void crossesBelowMirrorsIt() throws Exception {
        CompiledCondition condition = ConditionCompiler.compile("price crosses_below 150.5");
        double[] memory = condition.newCrossingMemory();

        assertThat(at(condition, memory, 151)).isFalse();
        assertThat(at(condition, memory, 150.5)).isFalse();
        assertThat(at(condition, memory, 150)).isTrue();
        assertThat(at(condition, memory, 149)).isFalse();
    }

    @Test
    void crossingsInsideAndOrKeepTheirMemoryCurrentOnEveryEvent() throws Exception {
        // The left side is false for the first two events; a short-circuiting 'and' would skip
        // the crossing and remember a stale previous price.
        CompiledCondition condition =
                ConditionCompiler.compile("bid > 0 and price crosses_above 100");
        double[] memory = condition.newCrossingMemory();
        assertThat(condition.crossingCount()).isEqualTo(1);

        view.bid = Double.NaN;
        assertThat(at(condition, memory, 90)).isFalse();
        assertThat(at(condition, memory, 110)).isFalse(); // crossed, but bid unknown
        view.bid = 1;
        assertThat(at(condition, memory, 120)).isFalse(); // the crossing was at the last event

        CompiledCondition either =
                ConditionCompiler.compile("price > 0 or price crosses_below 100");
        double[] eitherMemory = either.newCrossingMemory();
        at(either, eitherMemory, 110);
        at(either, eitherMemory, 90);
        assertThat(eitherMemory[0]).isEqualTo(-10.0);
    }

    @Test
    void reportsWhatTheEngineNeeds() throws Exception {
        CompiledCondition condition =
                ConditionCompiler.compile(
                        "change_pct(90s) > 1 and abs(change_pct(1h)) < 5 and spread < 0.1"
                                + " and price crosses_above 10 and price crosses_below 20");

        assertThat(condition.maxWindowMillis()).isEqualTo(3_600_000);
        assertThat(condition.usesQuotes()).isTrue();
        assertThat(condition.crossingCount()).isEqualTo(2);
        assertThat(ConditionCompiler.compile("price > 1").usesQuotes()).isFalse();
        assertThat(ConditionCompiler.compile("price > 1").maxWindowMillis()).isZero();
        assertThat(ConditionCompiler.compile("price > 1").source()).isEqualTo("price > 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "smaa(5m) > 1|unknown function 'smaa' at position 0 (known: abs, ask, bid,"
                        + " change_pct, price, spread)|0",
                "price > (1 + 2|expected ')' but found end of input at position 14|14",
                "price >|expected a number, a function or '(' but found end of input at"
                        + " position 7|7",
                "price and 3|'and' needs a true/false condition here but found a number at"
                        + " position 0|0",
                "price + 3|the whole condition needs a true/false condition here but found a"
                        + " number at position 0 (e.g. price > 100)|0",
                "(price > 1) + 2 > 0|'+' needs a number here but found a true/false condition"
                        + " at position 0|0",
                "change_pct(2h) > 1|change_pct window must be between 1s and 1h, got 2h at"
                        + " position 11|11",
                "change_pct(500ms) > 1|invalid number '500ms' (durations are whole numbers"
                        + " with s, m, h or d, e.g. 5m) at position 11|11",
                "change_pct(5) > 1|change_pct expects a window such as 5m but found '5' at"
                        + " position 11 (e.g. change_pct(5m))|11",
                "change_pct > 1|change_pct needs arguments at position 0 (e.g."
                        + " change_pct(5m))|0",
                "change_pct(5m, 1) > 1|change_pct takes 1 argument(s) at position 13 (e.g."
                        + " change_pct(5m))|13",
                "price > 5m|a duration such as 5m can only be a window argument at position 8"
                        + " (e.g. change_pct(5m))|8",
                "1 < price < 3|comparisons cannot be chained at position 10 (join them with"
                        + " 'and')|10",
                "price = 3|unexpected '=' (write == to compare) at position 6|6",
                "price > 1 price|unexpected 'price' after a complete condition at position"
                        + " 10|10",
                "price # 1|unexpected character '#' at position 6|6",
                "  |the condition is empty at position 0 (e.g. price > 100)|0",
                "Price > 1|unknown function 'Price' at position 0 (known: abs, ask, bid,"
                        + " change_pct, price, spread)|0",
            })
    void refusesWithThePositionAndTheProblem(String source, String message, int position) {
        assertThatThrownBy(() -> ConditionCompiler.compile(source))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessage(message)
                .extracting(e -> ((RuleSyntaxException) e).position())
                .isEqualTo(position);
    }

    @Test
    void enforcesTheSizeLimits() {
        assertThatThrownBy(() -> ConditionCompiler.compile("price > " + "1".repeat(1_000)))
                .hasMessage(
                        "the condition is 1008 characters long; the limit is 1000 at position"
                                + " 1000");
        assertThatThrownBy(() -> ConditionCompiler.compile("price > 0" + " + 1".repeat(60)))
                .hasMessageStartingWith("the condition has more than 100 operators and values");
        assertThatThrownBy(
                        () ->
                                ConditionCompiler.compile(
                                        "(".repeat(40) + "price > 1" + ")".repeat(40)))
                .hasMessageStartingWith("the condition nests deeper than 32 levels");
    }

    @Test
    void anyInputCompilesOrIsRefusedWithASyntaxError() {
        String[] pieces = {
            "price",
            "bid",
            "ask",
            "spread",
            "change_pct",
            "abs",
            "(",
            ")",
            ",",
            "5m",
            "2%",
            "3",
            ".5",
            "+",
            "-",
            "*",
            "/",
            ">",
            ">=",
            "<",
            "<=",
            "==",
            "!=",
            "and",
            "or",
            "not",
            "crosses_above",
            "crosses_below",
            "=",
            "!",
            "#",
            "1.2.3",
            "9999999999999999999d",
            " "
        };
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(10) == 0) {
                    source.append((char) random.nextInt(128));
                } else {
                    source.append(pieces[random.nextInt(pieces.length)]).append(' ');
                }
            }
            try {
                CompiledCondition condition = ConditionCompiler.compile(source.toString());
                condition.evaluate(view, condition.newCrossingMemory());
            } catch (RuleSyntaxException expected) {
                assertThat(expected.position()).isBetween(0, source.length());
            }
        }
    }

    private boolean at(CompiledCondition condition, double[] memory, double price) {
        view.price = price;
        return condition.evaluate(view, memory);
    }

    private static final class TestView implements MarketView {
        double price = Double.NaN;
        double bid = Double.NaN;
        double ask = Double.NaN;
        double change = Double.NaN;

        @Override
        public double price() {
            return price;
        }

        @Override
        public double bid() {
            return bid;
        }

        @Override
        public double ask() {
            return ask;
        }

        @Override
        public double changePct(long windowMillis) {
            return change;
        }
    }
}
