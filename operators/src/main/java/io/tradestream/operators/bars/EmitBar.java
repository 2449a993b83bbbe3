package io.tradestream.operators.bars;

import io.tradestream.model.bars.Bar;
import io.tradestream.model.bars.BarAccumulator;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Labels a window's aggregate with its symbol, resolution and start time. */
public final class EmitBar extends ProcessWindowFunction<BarAccumulator, Bar, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    private final String resolution;

    public EmitBar(String resolution) {
        this.resolution = resolution;
    }

    @Override
    public void process(
            String symbol,
            Context context,
            Iterable<BarAccumulator> aggregates,
            Collector<Bar> out) {
        for (BarAccumulator aggregate : aggregates) {
            out.collect(aggregate.toBar(symbol, resolution, context.window().getStart()));
        }
    }
}
