package io.tradestream.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the input, compiling yields a condition that evaluates without failing, or a {@link
 * RuleSyntaxException} pointing inside the input; never any other exception. Seeds are fixed so a
 * failure reproduces; the failing source is in the message.
 */
class ConditionFuzzTest {
    private static final List<String> TOKENS =
            List.of(
                    "price",
                    "bid",
                    "ask",
                    "spread",
                    "change_pct",
                    "abs",
                    "price()",
                    "sma",
                    "AND",
                    "(",
                    ")",
                    "(",
                    ")",
                    ",",
                    "5m",
                    "1h",
                    "2h",
                    "0s",
                    "1.5m",
                    "2%",
                    "3",
                    "150.5",
                    ".5",
                    "0",
                    "1.",
                    "1.2.3",
                    "99999999999999999999999d",
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
                    "=",
                    "!",
                    "%",
                    "#",
                    "and",
                    "or",
                    "not",
                    "crosses_above",
                    "crosses_below",
                    " ",
                    "\t");

    private static final List<String> VALID =
            List.of(
                    "price crosses_above 200",
                    "price crosses_below 150.5",
                    "abs(change_pct(5m)) >= 3",
                    "change_pct(1h) <= -2% and spread < 0.05",
                    "(bid + ask) / 2 > 100 or not (price < 10)");

    private static final List<String> COMPARISONS =
            List.of(">", ">=", "<", "<=", "==", "!=", "crosses_above", "crosses_below");
    private static final List<String> ARITHMETIC = List.of("+", "-", "*", "/");
    private static final List<String> OPERANDS =
            List.of(
                    "price",
                    "price()",
                    "bid",
                    "ask",
                    "spread",
                    "change_pct(5m)",
                    "change_pct(1s)",
                    "3",
                    "150.5",
                    ".5",
                    "2%",
                    "0");

    private final Random random = new Random(20_240_601);
    private int compiled;

    @Test
    void randomCharacters() {
        for (int i = 0; i < 20_000; i++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                source.append(randomCharacter());
            }
            check(source.toString());
        }
    }

    @Test
    void randomTokenSequences() {
        for (int i = 0; i < 50_000; i++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(16);
            for (int j = 0; j < length; j++) {
                source.append(TOKENS.get(random.nextInt(TOKENS.size())));
                if (random.nextInt(4) > 0) {
                    source.append(' ');
                }
            }
            check(source.toString());
        }
    }

    /**
     * Conditions generated from the grammar reach the evaluator with every construct; their fully
     * parenthesised form must parse back to itself.
     */
    @Test
    void grammarGeneratedConditions() throws Exception {
        for (int i = 0; i < 20_000; i++) {
            CompiledCondition condition = check(condition(4));
            if (condition != null) {
                String structure = condition.structure();
                assertThat(ConditionCompiler.compile(structure).structure())
                        .as(condition.source())
                        .isEqualTo(structure);
            }
        }
        assertThat(compiled).isGreaterThan(15_000);
    }

    @Test
    void mutationsOfValidConditions() {
        for (int i = 0; i < 20_000; i++) {
            StringBuilder source = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
            int edits = 1 + random.nextInt(3);
            for (int j = 0; j < edits && source.length() > 0; j++) {
                int at = random.nextInt(source.length());
                switch (random.nextInt(3)) {
                    case 0 -> source.deleteCharAt(at);
                    case 1 -> source.insert(at, randomCharacter());
                    default -> source.setCharAt(at, randomCharacter());
                }
            }
            check(source.toString());
        }
        assertThat(compiled).isGreaterThan(100);
    }

    @Test
    void longAndDeepInputs() {
        String[] pieces = {"(", "not ", "-", "abs(", "price + ", "1 and ", ")", "price > 1 or "};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder source = new StringBuilder();
            int target = random.nextInt(1_100);
            while (source.length() < target) {
                source.append(pieces[random.nextInt(pieces.length)]);
            }
            check(source.toString());
        }
    }

    private String condition(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return number(depth) + " " + pick(COMPARISONS) + " " + number(depth);
        }
        return switch (random.nextInt(4)) {
            case 0 -> condition(depth - 1) + " and " + condition(depth - 1);
            case 1 -> condition(depth - 1) + " or " + condition(depth - 1);
            case 2 -> "not " + condition(depth - 1);
            default -> "(" + condition(depth - 1) + ")";
        };
    }

    private String number(int depth) {
        if (depth == 0 || random.nextInt(2) == 0) {
            return pick(OPERANDS);
        }
        return switch (random.nextInt(4)) {
            case 0 -> number(depth - 1) + " " + pick(ARITHMETIC) + " " + number(depth - 1);
            case 1 -> "-" + number(depth - 1);
            case 2 -> "abs(" + number(depth - 1) + ")";
            default -> "(" + number(depth - 1) + ")";
        };
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private char randomCharacter() {
        return switch (random.nextInt(4)) {
            case 0 -> (char) random.nextInt(0x80);
            case 1 -> (char) random.nextInt(Character.MAX_VALUE + 1);
            default -> "price()<>=!%.,+-*/ 0123456789smhd_andortcb".charAt(random.nextInt(42));
        };
    }

    /** Compiles and evaluates {@code source}; returns the condition, or null if refused. */
    private CompiledCondition check(String source) {
        try {
            CompiledCondition condition = ConditionCompiler.compile(source);
            compiled++;
            evaluateSeveralTimes(condition);
            return condition;
        } catch (RuleSyntaxException refusal) {
            assertThat(refusal.position()).as(source).isBetween(0, source.length());
            assertThat(refusal.getMessage()).as(source).contains(" at position ");
            return null;
        } catch (RuntimeException | Error unexpected) {
            return fail(
                    "compiling or evaluating \"" + source + "\" threw " + unexpected, unexpected);
        }
    }

    private void evaluateSeveralTimes(CompiledCondition condition) {
        FakeMarketView view = new FakeMarketView();
        view.change("5m", 1);
        double[] memory = condition.newCrossingMemory();
        for (int i = 0; i < 3; i++) {
            view.price = random.nextBoolean() ? Double.NaN : random.nextInt(300);
            view.quote(random.nextInt(300), random.nextInt(300));
            condition.evaluate(view, memory);
        }
    }
}
