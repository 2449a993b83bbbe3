package io.tradestream.model.engine;

import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.rules.expr.MarketView;

/**
 * Decides whether a rule fires.
 *
 * <ul>
 *   <li>{@link Frequency#EVERY_TIME}: when the condition becomes true (it did not hold at the
 *       previous evaluation) and the cooldown since the rule last fired has passed.
 *   <li>{@link Frequency#ONCE}: the first time it becomes true, never again for that version.
 *   <li>{@link Frequency#ONCE_PER_BAR}: while it holds, at most once per one-minute bar.
 * </ul>
 *
 * Whether a condition held before is remembered per symbol and per condition text, shared by the
 * rules that have that condition ({@link ConditionMemories}). A condition no rule watched on the
 * symbol first observes: its first evaluation records whether it holds, so a rule created while its
 * condition already holds waits for a fresh change (a rule indexed by price level does the same:
 * its previous state is the previous price). A rule that joins a condition already watched fires at
 * the condition's next change. Once per bar needs no change; the bar is counted per condition, so a
 * rule that joins a condition whose once-per-bar rules already fired in the current bar first fires
 * in the next one.
 */
public final class FiringPolicy {
    private FiringPolicy() {}

    /**
     * A rule's condition just became true for the current symbol at {@code timestamp}: whether the
     * rule fires. A rule that fires once or has a cooldown reads its firing memory, and updates it
     * if it fires; the others need none.
     */
    public static boolean becameTrue(CompiledRule rule, long timestamp, RuleFiringStore store) {
        if (!needsMemory(rule)) {
            return true;
        }
        Rule definition = rule.rule();
        RuleFiringMemory memory = store.get(rule.id());
        if (memory == null || memory.ruleVersion != definition.version()) {
            memory = new RuleFiringMemory();
            memory.ruleVersion = definition.version();
        }
        boolean fires =
                definition.frequency() == Frequency.ONCE
                        ? memory.lastFiredAt == RuleFiringMemory.NEVER
                        : cooledDown(definition, memory, timestamp);
        if (fires) {
            memory.lastFiredAt = timestamp;
            store.put(rule.id(), memory);
        }
        return fires;
    }

    /** Whether the rule must remember its firings: it fires once or has a cooldown. */
    static boolean needsMemory(CompiledRule rule) {
        Rule definition = rule.rule();
        return definition.frequency() == Frequency.ONCE || definition.cooldownMillis() > 0;
    }

    /** Whether {@code timestamp} falls in the same one-minute bar as {@code lastFiredAt}. */
    static boolean sameBar(long lastFiredAt, long timestamp) {
        return lastFiredAt != RuleFiringMemory.NEVER
                && Math.floorDiv(lastFiredAt, MarketView.BAR_MILLIS)
                        == Math.floorDiv(timestamp, MarketView.BAR_MILLIS);
    }

    private static boolean cooledDown(Rule rule, RuleFiringMemory memory, long timestamp) {
        return memory.lastFiredAt == RuleFiringMemory.NEVER
                || timestamp >= memory.lastFiredAt + rule.cooldownMillis();
    }
}
