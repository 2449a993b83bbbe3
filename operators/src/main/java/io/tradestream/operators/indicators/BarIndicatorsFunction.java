package io.tradestream.operators.indicators;

import io.tradestream.model.bars.Bar;
import io.tradestream.model.indicators.IndicatorBar;
import io.tradestream.model.indicators.IndicatorSet;
import io.tradestream.model.indicators.IndicatorSettings;
import io.tradestream.model.indicators.Indicators;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Adds each symbol's indicators to its bars, separately per resolution. The computation is {@link
 * IndicatorSet}'s; this function keeps one set per symbol and resolution in state.
 *
 * <p>Bars of one symbol and resolution arrive in time order (their windows fire in event-time
 * order). Should one arrive that does not follow the last bar applied, it is passed on with unknown
 * (NaN) indicators rather than applied twice or out of order, and counted in {@code
 * outOfOrderBars}.
 */
public class BarIndicatorsFunction extends KeyedProcessFunction<String, Bar, IndicatorBar> {
    private static final long serialVersionUID = 1L;

    private static final Indicators UNKNOWN =
            new Indicators(
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN);

    private final IndicatorSettings settings;

    private transient MapState<String, IndicatorSet> sets;
    private transient Counter outOfOrderBars;

    public BarIndicatorsFunction(IndicatorSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        sets = getRuntimeContext().getMapState(IndicatorState.BY_RESOLUTION);
        outOfOrderBars = getRuntimeContext().getMetricGroup().counter("outOfOrderBars");
    }

    @Override
    public void processElement(Bar bar, Context ctx, Collector<IndicatorBar> out) throws Exception {
        IndicatorSet set = sets.get(bar.resolution());
        if (set == null) {
            set = new IndicatorSet(settings);
        }
        if (!set.follows(bar)) {
            outOfOrderBars.inc();
            out.collect(new IndicatorBar(bar, UNKNOWN));
            return;
        }
        Indicators indicators = set.update(bar);
        sets.put(bar.resolution(), set);
        out.collect(new IndicatorBar(bar, indicators));
    }
}
