package io.tradestream.operators.bars;

import io.tradestream.model.bars.Bar;
import io.tradestream.model.bars.BarAccumulator;
import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Folds finer bars into a coarser one (1-second bars into a 1-minute bar), which is far cheaper
 * than aggregating every trade twice.
 */
public final class BarRollupAggregate
        implements AggregateFunction<Bar, BarAccumulator, BarAccumulator> {
    private static final long serialVersionUID = 1L;

    private final long finerBarMillis;

    public BarRollupAggregate(long finerBarMillis) {
        this.finerBarMillis = finerBarMillis;
    }

    @Override
    public BarAccumulator createAccumulator() {
        return new BarAccumulator();
    }

    @Override
    public BarAccumulator add(Bar bar, BarAccumulator accumulator) {
        accumulator.add(bar, finerBarMillis);
        return accumulator;
    }

    @Override
    public BarAccumulator getResult(BarAccumulator accumulator) {
        return accumulator;
    }

    @Override
    public BarAccumulator merge(BarAccumulator a, BarAccumulator b) {
        a.merge(b);
        return a;
    }
}
