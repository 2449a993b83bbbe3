package io.tradestream.operators.sentiment;

import io.tradestream.model.sentiment.SentimentAccumulator;
import io.tradestream.model.sentiment.SymbolMention;
import io.tradestream.model.sentiment.SymbolSentiment;
import java.io.Serializable;
import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Folds one symbol's sentiment in a window into totals: from scored mentions for minutes, or from
 * minutes for longer sliding windows, so that each minute (not each tweet) enters every sliding
 * window that contains it.
 */
public final class SentimentAggregate<T>
        implements AggregateFunction<T, SentimentAccumulator, SentimentAccumulator> {
    private static final long serialVersionUID = 1L;

    /** How one input enters the totals. */
    @FunctionalInterface
    private interface Adder<T> extends Serializable {
        void add(SentimentAccumulator accumulator, T input);
    }

    private final Adder<T> adder;

    private SentimentAggregate(Adder<T> adder) {
        this.adder = adder;
    }

    public static SentimentAggregate<SymbolMention> ofMentions() {
        return new SentimentAggregate<>((acc, mention) -> acc.add(mention.score()));
    }

    public static SentimentAggregate<SymbolSentiment> ofMinutes() {
        return new SentimentAggregate<>(SentimentAccumulator::add);
    }

    @Override
    public SentimentAccumulator createAccumulator() {
        return new SentimentAccumulator();
    }

    @Override
    public SentimentAccumulator add(T input, SentimentAccumulator accumulator) {
        adder.add(accumulator, input);
        return accumulator;
    }

    @Override
    public SentimentAccumulator getResult(SentimentAccumulator accumulator) {
        return accumulator;
    }

    @Override
    public SentimentAccumulator merge(SentimentAccumulator a, SentimentAccumulator b) {
        a.merge(b);
        return a;
    }
}
