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
 * parallel and ordered as the symbol's conditions are ({@link SymbolRules#conditions()}).
 */
public class ConditionMemories {
    public String[] conditions = new String[0];
    public boolean[] held = new boolean[0];
    public boolean[] observed = new boolean[0];
    public double[][] crossings = new double[0][];
    public long[] oncePerBarFiredAt = new long[0];

    public ConditionMemories() {}

    /**
     * Makes the slots match {@code groups}, the symbol's conditions now: a condition kept keeps its
     * memory, a new one starts unobserved, and the memory of one no rule watches any more is
     * dropped. Cheap when nothing changed, which is almost always.
     */
    void alignTo(List<ConditionGroup> groups) {
        if (matches(groups)) {
            return;
        }
        Map<String, Integer> oldSlots = new HashMap<>();
        for (int i = 0; i < conditions.length; i++) {
            oldSlots.put(conditions[i], i);
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
        conditions = newConditions;
        held = newHeld;
        observed = newObserved;
        crossings = newCrossings;
        oncePerBarFiredAt = newFiredAt;
    }

    private boolean matches(List<ConditionGroup> groups) {
        if (groups.size() != conditions.length) {
            return false;
        }
        for (int i = 0; i < conditions.length; i++) {
            if (!conditions[i].equals(groups.get(i).source())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ConditionMemories" + Arrays.toString(conditions);
    }
}
