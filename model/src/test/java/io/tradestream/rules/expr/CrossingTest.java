package io.tradestream.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edge semantics of crosses_above/crosses_below over sequences of evaluations. */
class CrossingTest {
    private static final double NAN = Double.NaN;

    private final FakeMarketView view = new FakeMarketView();

    @Test
    void crossesAboveNeedsAKnownPreviousAtOrBelowAndACurrentAbove() throws Exception {
        CompiledCondition condition = ConditionCompiler.compile("price crosses_above 200");

        assertThat(run(condition, 205, 199, 200, 200.01, 210, 199, 201))
                .containsExactly(
                        false, // no previous value yet
                        false, // moved down
                        false, // touching is not crossing
                        true, // from exactly at the level to above
                        false, // already above
                        false, true);
    }

    @Test
    void crossesBelowMirrorsIt() throws Exception {
        CompiledCondition condition = ConditionCompiler.compile("price crosses_below 150.5");

        assertThat(run(condition, 140, 151, 150.5, 150, 149, 152, 149))
                .containsExactly(false, false, false, true, false, false, true);
    }

    @Test
    void anUnknownValueForgetsThePrevious() throws Exception {
        CompiledCondition above = ConditionCompiler.compile("price crosses_above 100");
        CompiledCondition below = ConditionCompiler.compile("price crosses_below 100");

        assertThat(run(above, 90, NAN, 110, 90, 110))
                .containsExactly(false, false, false, false, true);
        assertThat(run(below, 110, NAN, 90, 110, 90))
                .containsExactly(false, false, false, false, true);
    }

    @Test
    void remembersTheCurrentDifferenceIncludingNaN() throws Exception {
        CompiledCondition condition = ConditionCompiler.compile("price crosses_above ask");
        double[] memory = condition.newCrossingMemory();

        view.ask = 100;
        evaluateAt(condition, memory, 98.5);
        assertThat(memory).containsExactly(-1.5);

        view.ask = NAN; // a side unknown makes the difference unknown
        assertThat(evaluateAt(condition, memory, 101)).isFalse();
        assertThat(memory[0]).isNaN();

        view.ask = 100;
        assertThat(evaluateAt(condition, memory, 99)).isFalse();
        view.ask = 98; // the level moves below the price: a crossing too
        assertThat(evaluateAt(condition, memory, 99)).isTrue();
        assertThat(memory).containsExactly(1.0);
    }

    @Test
    void aCrossingSkippedByAFalseAndStillSeesEveryEvent() throws Exception {
        CompiledCondition condition =
                ConditionCompiler.compile("bid > 0 and price crosses_above 100");
        double[] memory = condition.newCrossingMemory();

        view.bid = NAN;
        assertThat(evaluateAt(condition, memory, 90)).isFalse();
        assertThat(evaluateAt(condition, memory, 110)).isFalse(); // crossed, but bid unknown
        assertThat(memory).containsExactly(10.0);

        view.bid = 1;
        // A stale memory of -10 would report a crossing here that happened an event ago.
        assertThat(evaluateAt(condition, memory, 120)).isFalse();
        assertThat(evaluateAt(condition, memory, 95)).isFalse();
        assertThat(evaluateAt(condition, memory, 105)).isTrue();
    }

    @Test
    void aCrossingSkippedByATrueOrStillSeesEveryEvent() throws Exception {
        CompiledCondition condition =
                ConditionCompiler.compile("price > 0 or price crosses_below 100");
        double[] memory = condition.newCrossingMemory();

        evaluateAt(condition, memory, 110);
        assertThat(memory).containsExactly(10.0);
        assertThat(evaluateAt(condition, memory, 90)).isTrue();
        assertThat(memory).containsExactly(-10.0);
    }

    @Test
    void everyCrossingOfANestedConditionMovesOnEveryEvent() throws Exception {
        CompiledCondition condition =
                ConditionCompiler.compile(
                        "(price > 1000 and price crosses_above 100)"
                                + " or not (price < 0 and (bid > 1 or price crosses_below 50))");
        double[] memory = condition.newCrossingMemory();
        assertThat(condition.crossingCount()).isEqualTo(2);

        for (double price : new double[] {120, 40, 75, NAN, 60}) {
            evaluateAt(condition, memory, price);
            // slots follow the crossings' order in the text
            assertThat(memory).containsExactly(price - 100, price - 50);
        }
    }

    @Test
    void aCrossingUnderNotIsNegatedButStillRemembered() throws Exception {
        CompiledCondition condition = ConditionCompiler.compile("not price crosses_above 100");

        assertThat(run(condition, 90, 110, 120)).containsExactly(true, false, true);
    }

    @Test
    void eachSymbolKeepsItsOwnMemory() throws Exception {
        CompiledCondition condition = ConditionCompiler.compile("price crosses_above 100");
        double[] first = condition.newCrossingMemory();
        double[] second = condition.newCrossingMemory();

        evaluateAt(condition, first, 90);
        evaluateAt(condition, second, 110);

        assertThat(evaluateAt(condition, first, 110)).isTrue();
        assertThat(evaluateAt(condition, second, 120)).isFalse();
    }

    /** Evaluates at each price in turn with one memory, as the engine does for one symbol. */
    private boolean[] run(CompiledCondition condition, double... prices) {
        double[] memory = condition.newCrossingMemory();
        boolean[] results = new boolean[prices.length];
        for (int i = 0; i < prices.length; i++) {
            results[i] = evaluateAt(condition, memory, prices[i]);
        }
        return results;
    }

    private boolean evaluateAt(CompiledCondition condition, double[] memory, double price) {
        view.price = price;
        return condition.evaluate(view, memory);
    }
}
