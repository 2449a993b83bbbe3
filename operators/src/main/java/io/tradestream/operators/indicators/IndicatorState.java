package io.tradestream.operators.indicators;

import io.tradestream.model.indicators.IndicatorSet;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The state of the indicator operator, keyed by symbol. The name is part of the savepoint format:
 * renaming it loses that state on upgrade.
 */
public final class IndicatorState {
    private IndicatorState() {}

    /** Per bar resolution ({@code 1s}, {@code 1m}): the indicators over that series of bars. */
    public static final MapStateDescriptor<String, IndicatorSet> BY_RESOLUTION =
            new MapStateDescriptor<>(
                    "indicators-by-resolution", Types.STRING, Types.POJO(IndicatorSet.class));
}
