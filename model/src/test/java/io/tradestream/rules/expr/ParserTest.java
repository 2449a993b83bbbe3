package io.tradestream.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How conditions are parsed, shown by the fully parenthesised form of the compiled tree. */
class ParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // multiplicative binds tighter than additive, both left-associative
                "1 + 2 * 3 > 0|((1.0 + (2.0 * 3.0)) > 0.0)",
                "(1 + 2) * 3 > 0|(((1.0 + 2.0) * 3.0) > 0.0)",
                "10 - 4 - 3 == 3|(((10.0 - 4.0) - 3.0) == 3.0)",
                "12 / 3 / 2 == 2|(((12.0 / 3.0) / 2.0) == 2.0)",
                "1 - 2 + 3 * 4 / 5 > 0|(((1.0 - 2.0) + ((3.0 * 4.0) / 5.0)) > 0.0)",
                // unary minus binds tighter than everything but a primary
                "-price * 2 < -3|(((-price) * 2.0) < (-3.0))",
                "- -2 == 2|((-(-2.0)) == 2.0)",
                "2 - -price > 0|((2.0 - (-price)) > 0.0)",
                // comparisons bind tighter than not, not tighter than and, and tighter than or
                "not price < 10|(not (price < 10.0))",
                "not not price > 1|(not (not (price > 1.0)))",
                "not price < 10 and bid > 1|((not (price < 10.0)) and (bid > 1.0))",
                "price > 1 or bid > 2 and ask > 3|((price > 1.0) or ((bid > 2.0) and (ask > 3.0)))",
                "price > 1 and bid > 2 or ask > 3|(((price > 1.0) and (bid > 2.0)) or (ask > 3.0))",
                "price > 1 and bid > 2 and ask > 3|(((price > 1.0) and (bid > 2.0)) and (ask >"
                        + " 3.0))",
                "price > 1 or bid > 2 or ask > 3|(((price > 1.0) or (bid > 2.0)) or (ask > 3.0))",
                "(price > 1 or bid > 2) and ask > 3|(((price > 1.0) or (bid > 2.0)) and (ask >"
                        + " 3.0))",
                // crossings sit at the comparison level
                "price crosses_above 200|(price crosses_above 200.0)",
                "price crosses_below 150.5|(price crosses_below 150.5)",
                "price + 1 crosses_below ask * 2|((price + 1.0) crosses_below (ask * 2.0))",
                "not price crosses_above 1 or bid > 2|((not (price crosses_above 1.0)) or (bid >"
                        + " 2.0))",
                // the examples from the brief
                "abs(change_pct(5m)) >= 3|(abs(change_pct(5m)) >= 3.0)",
                "change_pct(1h) <= -2% and spread < 0.05|((change_pct(1h) <= (-2.0)) and (spread <"
                        + " 0.05))",
                "(bid + ask) / 2 > 100 or not (price < 10)|((((bid + ask) / 2.0) > 100.0) or (not"
                        + " (price < 10.0)))",
                // functions, optional () for zero-argument ones, whitespace
                "price() > .5|(price > 0.5)",
                "abs(-price + 1) > 0|(abs(((-price) + 1.0)) > 0.0)",
                "abs(abs(price - bid)) != 0|(abs(abs((price - bid))) != 0.0)",
                "price>100|(price > 100.0)",
                "((price)) > (((1)))|(price > 1.0)",
                "((price > 1))|(price > 1.0)",
            })
    void parsesWithTheDocumentedPrecedence(String source, String structure) throws Exception {
        CompiledCondition condition = ConditionCompiler.compile(source);

        assertThat(condition.structure()).isEqualTo(structure);
        assertThat(condition.source()).isEqualTo(source);
        assertThat(condition).hasToString(source);
    }

    @Test
    void acceptsAnyWhitespaceBetweenTokens() throws Exception {
        assertThat(ConditionCompiler.compile("\tprice\n>=\r\n100 ").structure())
                .isEqualTo("(price >= 100.0)");
    }
}
