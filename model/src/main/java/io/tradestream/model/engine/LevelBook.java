package io.tradestream.model.engine;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The rules of one symbol whose condition is one kind of price-level comparison (say, every {@code
 * price > X}), sorted by level, so a trade finds the rules whose level it crossed by binary search
 * instead of evaluating all of them.
 *
 * <p>Changes mark the book unsorted; it is sorted again at the next lookup, so loading many rules
 * costs one sort rather than one insertion each.
 */
final class LevelBook {
    private double[] levels = new double[4];
    private CompiledRule[] rules = new CompiledRule[4];
    private int size;
    private boolean sorted = true;

    void add(CompiledRule rule) {
        if (size == levels.length) {
            levels = Arrays.copyOf(levels, size * 2);
            rules = Arrays.copyOf(rules, size * 2);
        }
        levels[size] = rule.level().threshold();
        rules[size] = rule;
        size++;
        sorted = false;
    }

    /** Removes the rule with {@code id}; the order of the rest is kept. */
    void remove(String id) {
        for (int i = 0; i < size; i++) {
            if (rules[i].id().equals(id)) {
                System.arraycopy(levels, i + 1, levels, i, size - i - 1);
                System.arraycopy(rules, i + 1, rules, i, size - i - 1);
                rules[--size] = null;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /**
     * Passes every rule with a level in {@code [from, to]} to {@code action}, in level order. NaN
     * bounds match nothing.
     */
    void forLevelsBetween(double from, double to, Consumer<CompiledRule> action) {
        if (size == 0 || !(from <= to)) {
            return;
        }
        sortIfNeeded();
        for (int i = firstAtOrAbove(from); i < size && levels[i] <= to; i++) {
            action.accept(rules[i]);
        }
    }

    private int firstAtOrAbove(double level) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (levels[middle] < level) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private void sortIfNeeded() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // Ties by id, so the order (and the order of firings) does not depend on arrival order.
        Arrays.sort(
                order,
                (a, b) -> {
                    int byLevel = Double.compare(levels[a], levels[b]);
                    return byLevel != 0 ? byLevel : rules[a].id().compareTo(rules[b].id());
                });
        double[] sortedLevels = new double[levels.length];
        CompiledRule[] sortedRules = new CompiledRule[rules.length];
        for (int i = 0; i < size; i++) {
            sortedLevels[i] = levels[order[i]];
            sortedRules[i] = rules[order[i]];
        }
        levels = sortedLevels;
        rules = sortedRules;
        sorted = true;
    }
}
