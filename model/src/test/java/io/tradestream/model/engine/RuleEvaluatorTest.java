package io.tradestream.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleKind;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.rules.expr.MarketView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {
    private static final long T0 = 1_700_000_040_000L;
    private static final String[] LEVEL_OPERATORS = {
        ">", ">=", "<", "<=", "crosses_above", "crosses_below"
    };

    private final RuleEvaluator evaluator = new RuleEvaluator();

    /**
     * The level index is an optimisation only: over a random walk, rules found by level fire at
     * exactly the trades where evaluating each of them on every trade fires.
     */
    @Test
    void levelIndexFiresExactlyAsEvaluatingEveryRule() throws Exception {
        Random random = new Random(42);
        RuleIndex indexed = new RuleIndex();
        RuleIndex evaluatedOneByOne = new RuleIndex();
        for (int i = 0; i < 300; i++) {
            String condition =
                    "price "
                            + LEVEL_OPERATORS[random.nextInt(LEVEL_OPERATORS.length)]
                            + " "
                            + (95 + random.nextInt(41) * 0.25);
            Frequency frequency = random.nextBoolean() ? Frequency.EVERY_TIME : Frequency.ONCE;
            long cooldown = random.nextBoolean() ? 0 : 30_000;
            CompiledRule rule =
                    CompiledRule.compile(rule("r" + i, condition, frequency, cooldown, "X"));
            assertThat(rule.level()).isNotNull();
            indexed.put(rule);
            evaluatedOneByOne.put(new CompiledRule(rule.rule(), rule.condition(), null));
        }
        assertThat(indexed.rulesFor("X").conditions()).isEmpty();
        List<ConditionGroup> groups = evaluatedOneByOne.rulesFor("X").conditions();
        assertThat(groups.size()).as("rules with one condition share it").isLessThan(300);
        assertThat(groups.stream().mapToInt(ConditionGroup::size).sum()).isEqualTo(300);

        List<String> byLevel = new ArrayList<>();
        List<String> oneByOne = new ArrayList<>();
        Map<String, RuleFiringMemory> levelStates = new HashMap<>();
        Map<String, RuleFiringMemory> generalStates = new HashMap<>();
        ConditionMemories levelMemories = new ConditionMemories();
        ConditionMemories generalMemories = new ConditionMemories();
        PriceView view = new PriceView();
        double previous = Double.NaN;
        double price = 100;
        for (int trade = 0; trade < 3_000; trade++) {
            long time = T0 + trade * 7_000L;
            price = Math.round((price + (random.nextInt(9) - 4) * 0.25) * 4) / 4.0;
            view.price = price;
            evaluator.onTrade(
                    indexed.rulesFor("X"),
                    previous,
                    time,
                    view,
                    levelMemories,
                    store(levelStates),
                    (rule, at) -> byLevel.add(rule.id() + "@" + at));
            evaluator.onTrade(
                    evaluatedOneByOne.rulesFor("X"),
                    previous,
                    time,
                    view,
                    generalMemories,
                    store(generalStates),
                    (rule, at) -> oneByOne.add(rule.id() + "@" + at));
            previous = price;
        }

        assertThat(byLevel).hasSizeGreaterThan(500).containsExactlyInAnyOrderElementsOf(oneByOne);
    }

    @Test
    void aNewRuleObservesFirstThenFiresWhenItsConditionBecomesTrue() throws Exception {
        CompiledRule rule =
                CompiledRule.compile(
                        rule("r", "price > sma(1m) + 1", Frequency.EVERY_TIME, 0, "X"));
        List<Long> fired = new ArrayList<>();
        Map<String, RuleFiringMemory> states = new HashMap<>();
        ConditionMemories memories = new ConditionMemories();
        SymbolRules rules = index(rule).rulesFor("X");
        PriceView view = new PriceView();

        view.price = 105;
        view.sma = 100;
        evaluator.onTrade(
                rules, Double.NaN, T0, view, memories, store(states), (r, at) -> fired.add(at));
        evaluator.onTrade(
                rules, 105, T0 + 1, view, memories, store(states), (r, at) -> fired.add(at));
        view.price = 100;
        evaluator.onTrade(
                rules, 105, T0 + 2, view, memories, store(states), (r, at) -> fired.add(at));
        view.price = 102;
        evaluator.onTrade(
                rules, 100, T0 + 3, view, memories, store(states), (r, at) -> fired.add(at));

        assertThat(fired).as("held at creation: waits for a fresh change").containsExactly(T0 + 3);
    }

    @Test
    void oncePerBarFiresAtMostOncePerMinuteWhileTheConditionHolds() throws Exception {
        CompiledRule rule =
                CompiledRule.compile(rule("r", "price > 100", Frequency.ONCE_PER_BAR, 0, "X"));
        assertThat(rule.level()).as("not indexed: it fires without a change").isNull();
        List<Long> fired = new ArrayList<>();
        Map<String, RuleFiringMemory> states = new HashMap<>();
        ConditionMemories memories = new ConditionMemories();
        SymbolRules rules = index(rule).rulesFor("X");
        PriceView view = new PriceView();
        long[] times = {T0, T0 + 10_000, T0 + 59_999, T0 + 60_000, T0 + 61_000, T0 + 180_000};
        double[] prices = {101, 102, 103, 99, 101, 101};
        for (int i = 0; i < times.length; i++) {
            view.price = prices[i];
            evaluator.onTrade(
                    rules,
                    Double.NaN,
                    times[i],
                    view,
                    memories,
                    store(states),
                    (r, at) -> fired.add(at));
        }

        assertThat(fired).containsExactly(T0, T0 + 61_000, T0 + 180_000);
    }

    @Test
    void everyTimeRespectsTheCooldownAndOnceFiresOnce() throws Exception {
        CompiledRule everyTime =
                CompiledRule.compile(
                        rule("every", "price > 100", Frequency.EVERY_TIME, 60_000, "X"));
        CompiledRule once =
                CompiledRule.compile(rule("once", "price > 100", Frequency.ONCE, 0, "X"));
        RuleIndex index = new RuleIndex();
        index.put(everyTime);
        index.put(once);
        List<String> fired = new ArrayList<>();
        Map<String, RuleFiringMemory> states = new HashMap<>();
        ConditionMemories memories = new ConditionMemories();
        PriceView view = new PriceView();
        double[] prices = {99, 101, 99, 101, 99, 101};
        long[] times = {T0, T0 + 1_000, T0 + 2_000, T0 + 30_000, T0 + 40_000, T0 + 61_000};
        double previous = Double.NaN;
        for (int i = 0; i < prices.length; i++) {
            view.price = prices[i];
            evaluator.onTrade(
                    index.rulesFor("X"),
                    previous,
                    times[i],
                    view,
                    memories,
                    store(states),
                    (r, at) -> fired.add(r.id() + "@" + (at - T0)));
            previous = prices[i];
        }

        assertThat(fired).containsExactlyInAnyOrder("every@1000", "once@1000", "every@61000");
        assertThat(states).containsOnlyKeys("every", "once");
    }

    @Test
    void rulesWithOneConditionShareOneEvaluationAndFireByTheirOwnFrequency() throws Exception {
        RuleIndex index = new RuleIndex();
        for (int i = 0; i < 1_000; i++) {
            index.put(
                    CompiledRule.compile(
                            rule(
                                    "every-" + i,
                                    "price > sma(1m) + 1",
                                    Frequency.EVERY_TIME,
                                    0,
                                    "X")));
        }
        index.put(
                CompiledRule.compile(
                        rule("cooling", "price > sma(1m) + 1", Frequency.EVERY_TIME, 60_000, "X")));
        index.put(
                CompiledRule.compile(rule("once", "price > sma(1m) + 1", Frequency.ONCE, 0, "X")));
        index.put(
                CompiledRule.compile(
                        rule("bar", "price > sma(1m) + 1", Frequency.ONCE_PER_BAR, 0, "X")));
        SymbolRules rules = index.rulesFor("X");
        assertThat(rules.conditions()).hasSize(1);

        Map<String, Integer> firings = new HashMap<>();
        Map<String, RuleFiringMemory> states = new HashMap<>();
        ConditionMemories memories = new ConditionMemories();
        PriceView view = new PriceView();
        view.sma = 100;
        // Below, above (becomes true), above, below, above 10 s later, above in the next minute.
        double[] prices = {100, 102, 103, 100, 102, 102};
        long[] times = {T0, T0 + 1_000, T0 + 2_000, T0 + 3_000, T0 + 13_000, T0 + 60_000};
        for (int i = 0; i < prices.length; i++) {
            view.price = prices[i];
            evaluator.onTrade(
                    rules,
                    Double.NaN,
                    times[i],
                    view,
                    memories,
                    store(states),
                    (r, at) -> firings.merge(r.id().replaceAll("-\\d+", ""), 1, Integer::sum));
        }

        assertThat(view.smaReads).as("one evaluation per trade").isEqualTo(prices.length);
        assertThat(firings)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("every", 2_000, "cooling", 1, "once", 1, "bar", 2));
        assertThat(states).as("only rules that fire once or cool down remember").hasSize(2);
    }

    @Test
    void aRuleJoiningAWatchedConditionFiresAtItsNextChange() throws Exception {
        RuleIndex index = new RuleIndex();
        index.put(
                CompiledRule.compile(
                        rule("first", "price > sma(1m)", Frequency.EVERY_TIME, 0, "X")));
        List<String> fired = new ArrayList<>();
        Map<String, RuleFiringMemory> states = new HashMap<>();
        ConditionMemories memories = new ConditionMemories();
        PriceView view = new PriceView();
        view.sma = 100;
        view.price = 99;
        evaluator.onTrade(
                index.rulesFor("X"),
                Double.NaN,
                T0,
                view,
                memories,
                store(states),
                (r, at) -> fired.add(r.id()));
        index.put(
                CompiledRule.compile(
                        rule("second", "price > sma(1m)", Frequency.EVERY_TIME, 0, "X")));
        index.put(
                CompiledRule.compile(
                        rule("fresh", "price >= sma(1m)", Frequency.EVERY_TIME, 0, "X")));
        view.price = 101;
        evaluator.onTrade(
                index.rulesFor("X"),
                99,
                T0 + 1,
                view,
                memories,
                store(states),
                (r, at) -> fired.add(r.id()));

        assertThat(fired)
                .as("the watched condition changed; the new one only observed")
                .containsExactly("first", "second");
        assertThat(memories.conditions()).containsExactly("price > sma(1m)", "price >= sma(1m)");
    }

    @Test
    void conditionMemoriesFollowTheRulesOfTheSymbol() throws Exception {
        RuleIndex index = new RuleIndex();
        index.put(
                CompiledRule.compile(
                        rule("cross", "sma(1m) crosses_above 100", Frequency.EVERY_TIME, 0, "X")));
        index.put(
                CompiledRule.compile(rule("above", "sma(1m) > 50", Frequency.EVERY_TIME, 0, "X")));
        ConditionMemories memories = new ConditionMemories();
        PriceView view = new PriceView();
        view.price = 90;
        view.sma = 90;
        unwatchedTrade(index, Double.NaN, T0, view, memories);
        assertThat(memories.conditions())
                .containsExactly("sma(1m) > 50", "sma(1m) crosses_above 100");
        // A crossing remembers how far the left side was from the right one.
        assertThat(memories.crossings[1]).containsExactly(-10.0);

        index.remove("above");
        index.put(CompiledRule.compile(rule("low", "sma(1m) < 10", Frequency.EVERY_TIME, 0, "X")));
        view.sma = 95;
        unwatchedTrade(index, 90, T0 + 1, view, memories);

        assertThat(memories.conditions())
                .containsExactly("sma(1m) < 10", "sma(1m) crosses_above 100");
        assertThat(memories.crossings[1]).as("kept, and moved on").containsExactly(-5.0);
        assertThat(memories.observed).containsExactly(true, true);
        assertThat(memories.held).containsExactly(false, false);
    }

    @Test
    void memoriesReadBackWithoutTheirConditionsStartAfreshWhenTheRulesChange() throws Exception {
        RuleIndex index = new RuleIndex();
        index.put(
                CompiledRule.compile(
                        rule("cross", "sma(1m) crosses_above 100", Frequency.EVERY_TIME, 0, "X")));
        ConditionMemories memories = new ConditionMemories();
        PriceView view = new PriceView();
        view.sma = 90;
        unwatchedTrade(index, Double.NaN, T0, view, memories);
        // As the job keeps them: the POJO's fields in one state, the conditions in another.
        ConditionMemories restored = fieldsOf(memories);
        restored.restoreConditions(memories.conditions());
        ConditionMemories withoutConditions = fieldsOf(memories);
        assertThat(withoutConditions.arrangedFor(index.rulesFor("X"))).isTrue();

        index.put(CompiledRule.compile(rule("low", "sma(1m) < 10", Frequency.EVERY_TIME, 0, "X")));
        assertThat(restored.arrangedFor(index.rulesFor("X"))).isFalse();
        view.sma = 101;
        List<String> fired = new ArrayList<>();
        for (ConditionMemories read : List.of(restored, withoutConditions)) {
            evaluator.onTrade(
                    index.rulesFor("X"),
                    90,
                    T0 + 1,
                    view,
                    read,
                    store(new HashMap<>()),
                    (r, at) -> fired.add(r.id()));
        }

        assertThat(fired)
                .as("the crossing is seen only where the memory of the condition survived")
                .containsExactly("cross");
        assertThat(withoutConditions.conditions())
                .containsExactly("sma(1m) < 10", "sma(1m) crosses_above 100");
        assertThat(withoutConditions.observed).containsExactly(true, true);
    }

    /** A trade on symbol X whose firings nobody watches. */
    private void unwatchedTrade(
            RuleIndex index, double previous, long time, PriceView view, ConditionMemories memories)
            throws Exception {
        evaluator.onTrade(
                index.rulesFor("X"),
                previous,
                time,
                view,
                memories,
                store(new HashMap<>()),
                (r, at) -> {});
    }

    /** A copy of the memories' POJO fields, as reading them from Flink state gives. */
    private static ConditionMemories fieldsOf(ConditionMemories memories) {
        ConditionMemories copy = new ConditionMemories();
        copy.conditionsFingerprint = memories.conditionsFingerprint;
        copy.held = memories.held.clone();
        copy.observed = memories.observed.clone();
        copy.crossings = new double[memories.crossings.length][];
        for (int i = 0; i < memories.crossings.length; i++) {
            copy.crossings[i] = memories.crossings[i].clone();
        }
        copy.oncePerBarFiredAt = memories.oncePerBarFiredAt.clone();
        return copy;
    }

    @Test
    void quotesAndSentimentReachOnlyTheRulesThatReadThem() throws Exception {
        RuleIndex index = new RuleIndex();
        index.put(
                CompiledRule.compile(rule("spread", "spread > 0.5", Frequency.EVERY_TIME, 0, "X")));
        index.put(
                CompiledRule.compile(
                        rule("mood", "sentiment(5m) > 0.2", Frequency.EVERY_TIME, 0, "X")));
        index.put(CompiledRule.compile(rule("level", "price > 1", Frequency.EVERY_TIME, 0, "X")));
        SymbolRules rules = index.rulesFor("X");

        assertThat(rules.readingQuotes())
                .extracting(ConditionGroup::source)
                .containsExactly("spread > 0.5");
        assertThat(rules.readingSentiment())
                .extracting(ConditionGroup::source)
                .containsExactly("sentiment(5m) > 0.2");
        assertThat(rules.conditions())
                .extracting(ConditionGroup::source)
                .containsExactly("sentiment(5m) > 0.2", "spread > 0.5");
        assertThat(rules.size()).isEqualTo(3);
        assertThat(rules.readsSentiment()).isTrue();
    }

    @Test
    void theIndexTracksWhatEachSymbolsRulesNeed() throws Exception {
        RuleIndex index = new RuleIndex();
        index.put(
                CompiledRule.compile(
                        rule(
                                "a",
                                "sma(20m) > 1 and change_pct(90s) > 1",
                                Frequency.EVERY_TIME,
                                0,
                                "X",
                                "Y")));
        index.put(CompiledRule.compile(rule("b", "rsi(14) < 30", Frequency.EVERY_TIME, 0, "X")));

        assertThat(index.rulesFor("X").barsNeeded()).isEqualTo(57);
        assertThat(index.rulesFor("X").historySeconds()).isEqualTo(90);
        assertThat(index.rulesFor("Y").barsNeeded()).isEqualTo(20);

        index.remove("b");
        assertThat(index.rulesFor("X").barsNeeded()).isEqualTo(20);
        index.put(CompiledRule.compile(rule("a", "price > 1", Frequency.EVERY_TIME, 0, "Y")));
        assertThat(index.rulesFor("X").size()).isZero();
        assertThat(index.rulesFor("Y").barsNeeded()).isZero();
        assertThat(index.size()).isEqualTo(1);
    }

    private static RuleIndex index(CompiledRule rule) {
        RuleIndex index = new RuleIndex();
        index.put(rule);
        return index;
    }

    static Rule rule(
            String id, String condition, Frequency frequency, long cooldown, String... symbols) {
        return new Rule(
                "alice",
                id,
                1,
                RuleKind.ALERT,
                RuleStatus.ACTIVE,
                symbols,
                condition,
                frequency,
                cooldown,
                null);
    }

    static RuleFiringStore store(Map<String, RuleFiringMemory> states) {
        return new RuleFiringStore() {
            @Override
            public RuleFiringMemory get(String ruleId) {
                return states.get(ruleId);
            }

            @Override
            public void put(String ruleId, RuleFiringMemory state) {
                states.put(ruleId, state);
            }
        };
    }

    /** A market of which only the price and the 1-minute average are known. */
    static final class PriceView implements MarketView {
        double price = Double.NaN;
        double sma = Double.NaN;
        int smaReads;

        @Override
        public double price() {
            return price;
        }

        @Override
        public double sma(int bars) {
            smaReads++;
            return sma;
        }

        @Override
        public double bid() {
            return Double.NaN;
        }

        @Override
        public double ask() {
            return Double.NaN;
        }

        @Override
        public double changePct(long windowMillis) {
            return Double.NaN;
        }

        @Override
        public double sentiment(long windowMillis) {
            return Double.NaN;
        }

        @Override
        public double tweetCount(long windowMillis) {
            return 0;
        }

        @Override
        public double volume(int bars) {
            return Double.NaN;
        }

        @Override
        public double vwap(int bars) {
            return Double.NaN;
        }

        @Override
        public double ema(int bars) {
            return Double.NaN;
        }

        @Override
        public double rsi(int periods) {
            return Double.NaN;
        }

        @Override
        public double bollinger(int bars, double k) {
            return Double.NaN;
        }

        @Override
        public double volatility(int returns) {
            return Double.NaN;
        }
    }
}
