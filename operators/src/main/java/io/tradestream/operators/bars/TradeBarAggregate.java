package io.tradestream.operators.bars;

import io.tradestream.model.bars.BarAccumulator;
import io.tradestream.model.join.EnrichedTrade;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Folds the trades of one window into a bar, incrementally as they arrive. */
public final class TradeBarAggregate
        implements AggregateFunction<EnrichedTrade, BarAccumulator, BarAccumulator> {
    private static final long serialVersionUID = 1L;

    @Override
    public BarAccumulator createAccumulator() {
        return new BarAccumulator();
    }

    @Override
    public BarAccumulator add(EnrichedTrade trade, BarAccumulator accumulator) {
        accumulator.add(trade);
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
