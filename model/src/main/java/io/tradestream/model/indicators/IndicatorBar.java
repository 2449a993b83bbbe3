package io.tradestream.model.indicators;

import io.tradestream.model.bars.Bar;

/** A bar with the indicators of its symbol and resolution as of that bar. */
public record IndicatorBar(Bar bar, Indicators indicators) {
    public String symbol() {
        return bar.symbol();
    }
}
