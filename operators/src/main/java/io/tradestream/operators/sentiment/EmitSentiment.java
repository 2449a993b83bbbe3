package io.tradestream.operators.sentiment;

import io.tradestream.model.sentiment.SentimentAccumulator;
import io.tradestream.model.sentiment.SymbolSentiment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Labels a window's sentiment totals with its symbol and bounds. */
public final class EmitSentiment
        extends ProcessWindowFunction<SentimentAccumulator, SymbolSentiment, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    @Override
    public void process(
            String symbol,
            Context context,
            Iterable<SentimentAccumulator> totals,
            Collector<SymbolSentiment> out) {
        for (SentimentAccumulator total : totals) {
            out.collect(
                    total.toSentiment(
                            symbol, context.window().getStart(), context.window().getEnd()));
        }
    }
}
