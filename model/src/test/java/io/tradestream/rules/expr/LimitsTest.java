package io.tradestream.rules.expr;

import static io.tradestream.rules.expr.ConditionErrorTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The size limits, each just at and just past its bound. */
class LimitsTest {
    private static final String NODE_LIMIT =
            "the condition exceeds the limit of 100 nodes at position %d (numbers, functions and"
                    + " operators; split it into several rules)";
    private static final String DEPTH_LIMIT =
            "the condition exceeds the limit of 32 nesting levels at position %d (parentheses,"
                    + " function calls, 'not' and '-' each nest one level)";

    @Test
    void limitsAreNamedConstants() {
        assertThat(ConditionCompiler.MAX_SOURCE_LENGTH).isEqualTo(1_000);
        assertThat(ConditionCompiler.MAX_NODES).isEqualTo(100);
        assertThat(ConditionCompiler.MAX_DEPTH).isEqualTo(32);
    }

    @Test
    void acceptsUpTo1000Characters() {
        String longest = "price > 1" + " ".repeat(991);

        assertThat(longest).hasSize(1_000);
        assertThatCode(() -> ConditionCompiler.compile(longest)).doesNotThrowAnyException();
        assertRefused(
                longest + " ",
                1_000,
                "the condition exceeds the limit of 1000 characters at position 1000 (it has"
                        + " 1001)");
    }

    @Test
    void acceptsUpTo100Nodes() throws Exception {
        // '-', price, '>', 0 are 4 nodes; each "+ 1" adds 2: 4 + 48 * 2 = 100.
        String largest = "-price > 0" + " + 1".repeat(48);
        assertThat(ConditionCompiler.compile(largest).evaluate(view(), new double[0])).isFalse();

        // price, '>', 0 are 3 nodes; the 49th "+ 1" makes nodes 100 and 101, the '1' at 9 + 48 *
        // 4 + 3.
        assertRefused("price > 0" + " + 1".repeat(49), 204, String.format(NODE_LIMIT, 204));
    }

    @Test
    void countsEveryKindOfNode() {
        // 25 comparisons of 3 nodes and 24 'and's: 99 nodes; one 'not' more is 100, two are 101,
        // the 101st being the last number.
        String comparisons = String.join(" and ", Collections.nCopies(25, "bid > 1"));
        assertThatCode(() -> ConditionCompiler.compile("not " + comparisons))
                .doesNotThrowAnyException();
        String tooLarge = "not not " + comparisons;
        int last = tooLarge.length() - 1;
        assertRefused(tooLarge, last, String.format(NODE_LIMIT, last));
    }

    @Test
    void acceptsUpTo32LevelsOfParentheses() {
        assertThatCode(() -> ConditionCompiler.compile(nested("(", 32, "price > 1", ")")))
                .doesNotThrowAnyException();
        assertRefused(nested("(", 33, "price > 1", ")"), 32, String.format(DEPTH_LIMIT, 32));
    }

    @Test
    void countsFunctionCallsNotAndMinusAsNesting() {
        assertThatCode(() -> ConditionCompiler.compile(nested("abs(", 32, "price", ")") + " > 0"))
                .doesNotThrowAnyException();
        assertRefused(
                nested("abs(", 33, "price", ")") + " > 0", 131, String.format(DEPTH_LIMIT, 131));

        assertThatCode(() -> ConditionCompiler.compile("not ".repeat(32) + "price > 1"))
                .doesNotThrowAnyException();
        assertRefused("not ".repeat(33) + "price > 1", 128, String.format(DEPTH_LIMIT, 128));

        assertThatCode(() -> ConditionCompiler.compile("-".repeat(32) + "price > 1"))
                .doesNotThrowAnyException();
        assertRefused("-".repeat(33) + "price > 1", 32, String.format(DEPTH_LIMIT, 32));

        // 16 '(' each holding a 'not': 32 levels, then one '-' more.
        assertThatCode(() -> ConditionCompiler.compile(nested("(not ", 16, "price > 1", ")")))
                .doesNotThrowAnyException();
        assertRefused(nested("(not ", 16, "-price > 1", ")"), 80, String.format(DEPTH_LIMIT, 80));
    }

    @Test
    void refusesDeepInputWithoutOverflowingTheStack() {
        assertRefused("(".repeat(1_000), 32, String.format(DEPTH_LIMIT, 32));
        assertRefused("-".repeat(1_000), 32, String.format(DEPTH_LIMIT, 32));
    }

    private static String nested(String open, int levels, String inside, String close) {
        return open.repeat(levels) + inside + close.repeat(levels);
    }

    private static FakeMarketView view() {
        FakeMarketView view = new FakeMarketView();
        view.price = 101;
        return view;
    }
}
