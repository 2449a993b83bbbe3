package io.tradestream.model.engine;

import io.tradestream.model.rules.Frequency;
import io.tradestream.rules.expr.CompiledCondition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of one symbol that share a condition (the same source text). The condition is evaluated
 * once per update for all of them, and its memory (did it hold, its crossings' previous values) is
 * kept once per symbol, so a thousand users watching {@code rsi(14) < 30} cost one evaluation.
 *
 * <p>Members are kept unsorted while rules load and sorted by id at the next firing, so the order
 * of firings does not depend on the order rules arrived in.
 */
final class ConditionGroup {
    private static final Comparator<CompiledRule> BY_ID = Comparator.comparing(CompiledRule::id);

    final CompiledCondition condition;

    /** This condition's place in the symbol's {@link ConditionMemories}. */
    int slot;

    /** Members that fire when the condition becomes true: every time, or once. */
    private final List<CompiledRule> onChange = new ArrayList<>(1);

    /** Members that fire at most once per bar while the condition holds. */
    private final List<CompiledRule> oncePerBar = new ArrayList<>(0);

    private boolean sorted = true;

    ConditionGroup(CompiledCondition condition) {
        this.condition = condition;
    }

    String source() {
        return condition.source();
    }

    void add(CompiledRule rule) {
        (rule.rule().frequency() == Frequency.ONCE_PER_BAR ? oncePerBar : onChange).add(rule);
        sorted = false;
    }

    void remove(String id) {
        onChange.removeIf(rule -> rule.id().equals(id));
        oncePerBar.removeIf(rule -> rule.id().equals(id));
    }

    boolean isEmpty() {
        return onChange.isEmpty() && oncePerBar.isEmpty();
    }

    int size() {
        return onChange.size() + oncePerBar.size();
    }

    List<CompiledRule> onChange() {
        sortIfNeeded();
        return onChange;
    }

    List<CompiledRule> oncePerBar() {
        sortIfNeeded();
        return oncePerBar;
    }

    boolean hasOncePerBar() {
        return !oncePerBar.isEmpty();
    }

    private void sortIfNeeded() {
        if (!sorted) {
            onChange.sort(BY_ID);
            oncePerBar.sort(BY_ID);
            sorted = true;
        }
    }
}
