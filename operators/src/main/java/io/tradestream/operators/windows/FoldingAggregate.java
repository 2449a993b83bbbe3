package io.tradestream.operators.windows;

import java.io.Serializable;
import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * A window aggregate that folds each input into a mutable accumulator (a bar, sentiment totals) as
 * it arrives, and hands the accumulator to the window function. The accumulator is the window
 * state, so it must be a POJO Flink can store.
 *
 * @param <T> the input
 * @param <A> the accumulator
 */
public final class FoldingAggregate<T, A> implements AggregateFunction<T, A, A> {
    private static final long serialVersionUID = 1L;

    /** Makes an empty accumulator; shipped to the task managers, so serializable. */
    @FunctionalInterface
    public interface Create<A> extends Serializable {
        A create();
    }

    /** Adds one input to an accumulator. */
    @FunctionalInterface
    public interface Fold<A, T> extends Serializable {
        void add(A accumulator, T input);
    }

    /** Adds a partial accumulator to another (session merges, combining). */
    @FunctionalInterface
    public interface Merge<A> extends Serializable {
        void merge(A into, A other);
    }

    private final Create<A> create;
    private final Fold<A, T> fold;
    private final Merge<A> merge;

    public FoldingAggregate(Create<A> create, Fold<A, T> fold, Merge<A> merge) {
        this.create = create;
        this.fold = fold;
        this.merge = merge;
    }

    @Override
    public A createAccumulator() {
        return create.create();
    }

    @Override
    public A add(T input, A accumulator) {
        fold.add(accumulator, input);
        return accumulator;
    }

    @Override
    public A getResult(A accumulator) {
        return accumulator;
    }

    @Override
    public A merge(A a, A b) {
        merge.merge(a, b);
        return a;
    }
}
