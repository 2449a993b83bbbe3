package io.tradestream.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of refusal, with its exact message and position. */
class ConditionErrorTest {
    private static final String KNOWN =
            " (known: abs, ask, bid, bollinger_lower, bollinger_upper, change_pct, ema, price,"
                    + " rsi, sentiment, sma, spread, tweet_count, volatility, volume, vwap)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "price # 1|6|unexpected character '#' at position 6",
                "price > 1 €|10|unexpected character U+20AC at position 10",
                "price = 3|6|unexpected '=' at position 6 (write == to compare)",
                "!(price > 1)|0|unexpected '!' at position 0 (write != or 'not')",
                "price > % 3|8|unexpected '%' at position 8 (a percent follows a number, e.g. 2%)",
                "price > 1.2.3|8|invalid number '1.2.3' at position 8",
                "price > 1.|8|invalid number '1.' at position 8",
                "price > .|8|invalid number '.' at position 8",
                "price > 5x|8|invalid number '5x' at position 8 (durations end in s, m, h or d,"
                        + " e.g. 5m)",
                "price > 1and bid > 1|8|invalid number '1and' at position 8 (durations end in s,"
                        + " m, h or d, e.g. 5m)",
                "change_pct(500ms) > 1|11|invalid number '500ms' at position 11 (durations end"
                        + " in s, m, h or d, e.g. 5m)",
                "change_pct(1.5m) > 1|11|invalid duration '1.5m' at position 11 (write whole"
                        + " units, e.g. 90s)",
            })
    void refusesBadCharactersAndNumbers(String source, int position, String message) {
        assertRefused(source, position, message);
    }

    @Test
    void refusesInvisibleCharactersByTheirCode() {
        assertRefused("price > 1\u0000", 9, "unexpected character U+0000 at position 9");
    }

    @Test
    void refusesNumbersTooLargeForADouble() {
        assertRefused("price > " + "9".repeat(400), 8, "number too large at position 8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "smaa(5m) > 1|0|unknown function 'smaa' at position 0" + KNOWN,
                "price > macd(20m)|8|unknown function 'macd' at position 8" + KNOWN,
                "Price > 1|0|unknown function 'Price' at position 0" + KNOWN,
                "NOT price > 1|0|unknown function 'NOT' at position 0" + KNOWN,
                "price > (1 + 2|14|expected ')' at position 14 but found end of input",
                "(price > 1 or (bid < 2)|23|expected ')' at position 23 but found end of input",
                "(price > 1 bid < 2)|11|expected ')' at position 11 but found 'bid'",
                "price >|7|expected a number, a function or '(' at position 7 but found end of"
                        + " input",
                "price > and bid > 1|8|expected a number, a function or '(' at position 8 but"
                        + " found 'and'",
                "> 1|0|expected a number, a function or '(' at position 0 but found '>'",
                "+1 > 0|0|expected a number, a function or '(' at position 0 but found '+'",
                "price > ()|9|expected a number, a function or '(' at position 9 but found ')'",
                "price > 1)|9|unmatched ')' at position 9",
                "price > 1 price|10|unexpected 'price' at position 10 after a complete condition"
                        + " (join conditions with 'and' or 'or')",
                "price > 1 AND bid > 1|10|unexpected 'AND' at position 10 after a complete"
                        + " condition (join conditions with 'and' or 'or')",
                "price > 1 (bid > 1)|10|unexpected '(' at position 10 after a complete condition"
                        + " (join conditions with 'and' or 'or')",
                "1 < price < 3|10|comparisons cannot be chained at position 10 (join them with"
                        + " 'and', e.g. 1 < price and price < 3)",
                "price crosses_above 1 crosses_below 2|22|comparisons cannot be chained at"
                        + " position 22 (join them with 'and', e.g. 1 < price and price < 3)",
                "price > 5m|8|unexpected duration '5m' at position 8 (a duration can only be a"
                        + " window argument, e.g. change_pct(5m))",
                "abs(5m) > 1|4|unexpected duration '5m' at position 4 (a duration can only be a"
                        + " window argument, e.g. change_pct(5m))",
            })
    void refusesBadStructure(String source, int position, String message) {
        assertRefused(source, position, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "change_pct > 1|0|change_pct takes 1 argument at position 0 (e.g. change_pct(5m))",
                "change_pct() > 1|11|change_pct takes 1 argument at position 11 (e.g."
                        + " change_pct(5m))",
                "change_pct(5m, 1) > 1|13|change_pct takes 1 argument at position 13 (e.g."
                        + " change_pct(5m))",
                "change_pct(5m > 1|14|expected ')' at position 14 but found '>'",
                "change_pct(5m|13|expected ')' at position 13 but found end of input",
                "abs(price, 2) > 1|9|abs takes 1 argument at position 9 (e.g. abs(price))",
                "abs > 1|0|abs takes 1 argument at position 0 (e.g. abs(price))",
                "price(5m) > 1|6|price takes no arguments at position 6 (e.g. price)",
                "spread(1) > 1|7|spread takes no arguments at position 7 (e.g. spread)",
                "price( > 1|7|expected ')' at position 7 but found '>'",
                "price(|6|expected ')' at position 6 but found end of input",
            })
    void refusesWrongArguments(String source, int position, String message) {
        assertRefused(source, position, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "price and 3|0|expected a true/false condition at position 0 but found a number"
                        + " (left side of 'and')",
                "price > 1 and 3|14|expected a true/false condition at position 14 but found a"
                        + " number (right side of 'and')",
                "bid or price > 1|0|expected a true/false condition at position 0 but found a"
                        + " number (left side of 'or')",
                "price > 1 or (bid + 1)|13|expected a true/false condition at position 13 but"
                        + " found a number (right side of 'or')",
                "not price|4|expected a true/false condition at position 4 but found a number"
                        + " (operand of 'not')",
                "price + 3|0|expected a true/false condition at position 0 but found a number (a"
                        + " rule's condition must be true or false, e.g. price > 100)",
                "(price)|0|expected a true/false condition at position 0 but found a number (a"
                        + " rule's condition must be true or false, e.g. price > 100)",
                "(price > 1) + 2 > 0|0|expected a number at position 0 but found a true/false"
                        + " condition (left side of '+')",
                "price > (bid > 1)|8|expected a number at position 8 but found a true/false"
                        + " condition (right side of '>')",
                "2 * (price > 1) > 0|4|expected a number at position 4 but found a true/false"
                        + " condition (right side of '*')",
                "-(price > 1) > 0|1|expected a number at position 1 but found a true/false"
                        + " condition (operand of '-')",
                "abs(price > 1) > 0|4|expected a number at position 4 but found a true/false"
                        + " condition (argument x of abs)",
                "price crosses_above (bid > 1)|20|expected a number at position 20 but found a"
                        + " true/false condition (right side of 'crosses_above')",
            })
    void refusesMixedUpTypesNamingThePosition(String source, int position, String message) {
        assertRefused(source, position, message);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesAnEmptyCondition(String source) {
        assertRefused(source, 0, "the condition is empty at position 0 (write e.g. price > 100)");
    }

    static void assertRefused(String source, int position, String message) {
        RuleSyntaxException refusal =
                catchThrowableOfType(
                        RuleSyntaxException.class, () -> ConditionCompiler.compile(source));

        assertThat(refusal).as(source).isNotNull().hasMessage(message);
        assertThat(refusal.position()).isEqualTo(position);
    }
}
