package io.tradestream.model.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one symbol's conditions remember between market events, one slot per distinct condition its
 * rules watch: whether the condition held at its last evaluation, whether it was evaluated at all,
 * the previous values its crossings compare against, and when its once-per-bar rules last fired.
 *
 * <p>All of a symbol's conditions are one value, read and written once per update, rather than an
 * entry per rule: with a million rules, a trade then costs one state access instead of hundreds.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints). The arrays are
 * parallel and ordered as the symbol's conditions are ({@link SymbolRules#conditions()}). Which
 * conditions those are, the value records only as {@link SymbolRules#conditionsFingerprint() a
 * fingerprint}: their source text changes only with the symbol's rules, while the memories change
 * with every trade, so the job keeps it in state of its own, written and read only when the rules
 * change ({@link #conditions()}, {@link #restoreConditions(String[])}).
 */
public class ConditionMemories {
    /** The fingerprint of the conditions the slots are for; 0 before the first arrangement. */
    public long conditionsFingerprint;

    public boolean[] held = new boolean[0];
    public boolean[] observed = new boolean[0];
    public double[][] crossings = new double[0][];
    public long[] oncePerBarFiredAt = new long[0];

    /** The slots' conditions, source text in slot order; transient, so not part of the POJO. */
    private transient String[] conditions = new String[0];

    public ConditionMemories() {}

    /**
     * Whether the slots are arranged for the conditions of {@code rules}. If not, the next
     * evaluation rearranges them, for which it needs the conditions they are for now: {@link
     * #restoreConditions(String[])} them first if this value was read from state.
     */
    public boolean arrangedFor(SymbolRules rules) {
        return conditionsFingerprint == rules.conditionsFingerprint();
    }

    /** The slots' conditions, source text in slot order, as {@link #conditions()} gave them. */
    public void restoreConditions(String[] sources) {
        conditions = sources != null ? sources : new String[0];
    }

    /** The source text of the slots' conditions, in slot order. */
    public String[] conditions() {
        return conditions;
    }

    /**
     * Makes the slots match the conditions of {@code rules} now: a condition kept keeps its memory,
     * a new one starts unobserved, and the memory of one no rule watches any more is dropped. Free
     * when nothing changed, which is almost always. Slots whose conditions are unknown (read from
     * state without {@link #restoreConditions(String[])}) start afresh.
     */
    void alignTo(SymbolRules rules) {
        if (arrangedFor(rules)) {
            return;
        }
        List<ConditionGroup> groups = rules.conditions();
        Map<String, Integer> oldSlots = new HashMap<>();
        if (conditions.length == held.length) {
            for (int i = 0; i < conditions.length; i++) {
                oldSlots.put(conditions[i], i);
            }
        }
        int size = groups.size();
        String[] newConditions = new String[size];
        boolean[] newHeld = new boolean[size];
        boolean[] newObserved = new boolean[size];
        double[][] newCrossings = new double[size][];
        long[] newFiredAt = new long[size];
        for (int i = 0; i < size; i++) {
            ConditionGroup group = groups.get(i);
            newConditions[i] = group.source();
            Integer old = oldSlots.get(group.source());
            if (old != null) {
                newHeld[i] = held[old];
                newObserved[i] = observed[old];
                newCrossings[i] = crossings[old];
                newFiredAt[i] = oncePerBarFiredAt[old];
            } else {
                newCrossings[i] = group.condition.newCrossingMemory();
                newFiredAt[i] = RuleFiringMemory.NEVER;
            }
        }
        conditionsFingerprint = rules.conditionsFingerprint();
        conditions = newConditions;
        held = newHeld;
        observed = newObserved;
        crossings = newCrossings;
        oncePerBarFiredAt = newFiredAt;
    }

    @Override
    public String toString() {
        return "ConditionMemories" + Arrays.toString(conditions);
    }
}
