package io.tradestream.model.engine;

import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.rules.expr.MarketView;

/**
 * Decides whether a rule fires, from whether its condition holds now and what it remembers.
 *
 * <ul>
 *   <li>{@link Frequency#EVERY_TIME}: when the condition becomes true (it did not hold at the
 *       previous evaluation) and the cooldown since the last firing has passed.
 *   <li>{@link Frequency#ONCE}: the first time it becomes true, never again for that version.
 *   <li>{@link Frequency#ONCE_PER_BAR}: while it holds, at most once per one-minute bar.
 * </ul>
 *
 * A new rule version first observes: its first evaluation records whether the condition holds, so a
 * rule created while its condition already holds waits for a fresh change before firing every time
 * or once (a rule indexed by price level does the same: its previous state is the previous price).
 * Once per bar needs no change and fires at its first evaluation that holds.
 */
public final class FiringPolicy {
    private FiringPolicy() {}

    /** Starts the memory of a new rule version. */
    public static void reset(RuleSymbolState state, CompiledRule rule) {
        state.ruleVersion = rule.rule().version();
        state.crossingMemory = rule.condition().newCrossingMemory();
        state.conditionHeld = false;
        state.armed = false;
        state.lastFiredAt = RuleSymbolState.NEVER;
    }

    /**
     * Evaluates {@code rule} on {@code view} at event time {@code timestamp}, updating {@code
     * state}.
     *
     * @return whether the rule fires
     */
    public static boolean evaluate(
            CompiledRule rule, MarketView view, long timestamp, RuleSymbolState state) {
        if (state.crossingMemory == null || state.ruleVersion != rule.rule().version()) {
            reset(state, rule);
        }
        boolean holds = rule.condition().evaluate(view, state.crossingMemory);
        boolean heldBefore = state.conditionHeld;
        boolean observedBefore = state.armed;
        state.conditionHeld = holds;
        state.armed = true;
        if (!holds) {
            return false;
        }
        Rule definition = rule.rule();
        boolean becameTrue = observedBefore && !heldBefore;
        boolean fires =
                switch (definition.frequency()) {
                    case EVERY_TIME -> becameTrue && cooledDown(definition, state, timestamp);
                    case ONCE -> becameTrue && state.lastFiredAt == RuleSymbolState.NEVER;
                    case ONCE_PER_BAR -> !sameBar(state.lastFiredAt, timestamp);
                };
        if (fires) {
            state.lastFiredAt = timestamp;
        }
        return fires;
    }

    /**
     * For a rule indexed by price level whose level the price just crossed: whether it fires, given
     * its memory (null if it never fired for this symbol). Updates or creates the memory only when
     * it fires.
     *
     * @return the memory to store if the rule fires, or null if it does not
     */
    public static RuleSymbolState levelCrossed(
            CompiledRule rule, long timestamp, RuleSymbolState memory) {
        RuleSymbolState state = memory;
        if (state == null || state.ruleVersion != rule.rule().version()) {
            state = new RuleSymbolState();
            state.ruleVersion = rule.rule().version();
        }
        Rule definition = rule.rule();
        boolean fires =
                definition.frequency() == Frequency.ONCE
                        ? state.lastFiredAt == RuleSymbolState.NEVER
                        : cooledDown(definition, state, timestamp);
        if (!fires) {
            return null;
        }
        state.lastFiredAt = timestamp;
        return state;
    }

    /** Whether a level rule must remember its firings: it fires once or has a cooldown. */
    public static boolean needsMemory(CompiledRule rule) {
        Rule definition = rule.rule();
        return definition.frequency() != Frequency.EVERY_TIME || definition.cooldownMillis() > 0;
    }

    private static boolean cooledDown(Rule rule, RuleSymbolState state, long timestamp) {
        return state.lastFiredAt == RuleSymbolState.NEVER
                || timestamp >= state.lastFiredAt + rule.cooldownMillis();
    }

    private static boolean sameBar(long lastFiredAt, long timestamp) {
        return lastFiredAt != RuleSymbolState.NEVER
                && Math.floorDiv(lastFiredAt, MarketView.BAR_MILLIS)
                        == Math.floorDiv(timestamp, MarketView.BAR_MILLIS);
    }
}
