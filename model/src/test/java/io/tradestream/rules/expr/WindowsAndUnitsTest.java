package io.tradestream.rules.expr;

import static io.tradestream.rules.expr.ConditionErrorTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations as window arguments, their bounds, percent and decimal literals. */
class WindowsAndUnitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1s, 1000",
        "30s, 30000",
        "90s, 90000",
        "5m, 300000",
        "60m, 3600000",
        "3600s, 3600000",
        "1h, 3600000",
        "007m, 420000",
    })
    void readsDurationsInEveryUnitWithinTheBounds(String window, long millis) throws Exception {
        FakeMarketView view = new FakeMarketView().change(window, 4);
        CompiledCondition condition = ConditionCompiler.compile("change_pct(" + window + ") > 3");

        assertThat(condition.maxWindowMillis()).isEqualTo(millis);
        assertThat(condition.evaluate(view, condition.newCrossingMemory())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0s", "0m", "3601s", "61m", "2h", "1d", "99999999999999999999d"})
    void refusesWindowsOutsideTheBounds(String window) {
        assertRefused(
                "change_pct(" + window + ") > 1",
                11,
                "change_pct window must be between 1s and 1h, got " + window + " at position 11");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "5|'5'",
                "2%|'2%'",
                "price|'price'",
                "-5m|'-'",
                "(5m)|'('",
            })
    void refusesAWindowThatIsNotADuration(String argument, String found) {
        assertRefused(
                "change_pct(" + argument + ") > 1",
                11,
                "change_pct window must be a duration at position 11 but found "
                        + found
                        + " (write e.g. 5m)");
    }

    @Test
    void reportsTheLongestWindowOfAllFunctions() throws Exception {
        assertThat(
                        ConditionCompiler.compile(
                                        "change_pct(90s) > 1 and abs(change_pct(1h)) < 5"
                                                + " or change_pct(5m) < 0")
                                .maxWindowMillis())
                .isEqualTo(3_600_000);
        assertThat(ConditionCompiler.compile("price > 1").maxWindowMillis()).isZero();
    }

    @Test
    void percentIsTheNumberItself() throws Exception {
        FakeMarketView view = new FakeMarketView().change("5m", -2);

        assertThat(evaluate("2% == 2", view)).isTrue();
        assertThat(evaluate("2.5% == 2.5", view)).isTrue();
        assertThat(evaluate("change_pct(5m) <= -2%", view)).isTrue();
        assertThat(evaluate("change_pct(5m) < -2%", view)).isFalse();
        assertThat(evaluate("abs(change_pct(5m)) >= 2%", view)).isTrue();
    }

    @Test
    void readsDecimalsWithOrWithoutALeadingDigit() throws Exception {
        FakeMarketView view = new FakeMarketView();

        assertThat(evaluate(".5 == 0.5", view)).isTrue();
        assertThat(evaluate("150.5 == 1505 / 10", view)).isTrue();
        assertThat(evaluate("007 == 7", view)).isTrue();
    }

    @Test
    void reportsWhetherQuotesAreRead() throws Exception {
        assertThat(ConditionCompiler.compile("price > 1").usesQuotes()).isFalse();
        assertThat(ConditionCompiler.compile("change_pct(5m) > 1").usesQuotes()).isFalse();
        assertThat(ConditionCompiler.compile("bid > 1").usesQuotes()).isTrue();
        assertThat(ConditionCompiler.compile("price > 1 or ask > 1").usesQuotes()).isTrue();
        assertThat(ConditionCompiler.compile("abs(spread()) < 1").usesQuotes()).isTrue();
    }

    @Test
    void reportsWhetherSentimentIsRead() throws Exception {
        assertThat(ConditionCompiler.compile("price > 1").usesSentiment()).isFalse();
        assertThat(ConditionCompiler.compile("sentiment(15m) > 0.2").usesSentiment()).isTrue();
        assertThat(ConditionCompiler.compile("tweet_count(1h) >= 50").usesSentiment()).isTrue();
    }

    @Test
    void sentimentWindowsAreWholeMinutesUpToAnHourAndNeedNoPriceHistory() throws Exception {
        assertThat(ConditionCompiler.compile("sentiment(1h) > 0").maxWindowMillis()).isZero();
        assertThat(
                        ConditionCompiler.compile("sentiment(15m) > 0 and change_pct(5m) > 1")
                                .maxWindowMillis())
                .isEqualTo(300_000);
        assertRefused(
                "sentiment(90s) > 0",
                10,
                "sentiment window must be a multiple of 1m, got 90s at position 10");
        assertRefused(
                "tweet_count(30s) > 5",
                12,
                "tweet_count window must be between 1m and 1h, got 30s at position 12");
        assertRefused(
                "sentiment(2h) > 0",
                10,
                "sentiment window must be between 1m and 1h, got 2h at position 10");
    }

    @Test
    void sentimentAndTweetCountReadTheirWindows() throws Exception {
        FakeMarketView view = new FakeMarketView().sentiment("15m", 0.35, 42);

        assertThat(evaluate("sentiment(15m) > 0.2 and tweet_count(15m) >= 42", view)).isTrue();
        assertThat(evaluate("sentiment(5m) > 0.2", view)).isFalse();
        assertThat(evaluate("tweet_count(5m) == 0", view)).isTrue();
    }

    private static boolean evaluate(String source, MarketView view) throws Exception {
        CompiledCondition condition = ConditionCompiler.compile(source);
        return condition.evaluate(view, condition.newCrossingMemory());
    }
}
