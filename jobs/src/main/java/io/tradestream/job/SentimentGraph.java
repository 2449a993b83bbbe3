package io.tradestream.job;

import io.tradestream.model.sentiment.MentionedTweet;
import io.tradestream.model.sentiment.SentimentAccumulator;
import io.tradestream.model.sentiment.SymbolMention;
import io.tradestream.model.sentiment.SymbolSentiment;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import io.tradestream.operators.sentiment.EmitSentiment;
import io.tradestream.operators.sentiment.SentimentScoringFunction;
import io.tradestream.operators.sentiment.SentimentState;
import io.tradestream.operators.sentiment.TickerExtractionFunction;
import io.tradestream.operators.windows.FoldingAggregate;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * Tweets to sentiment per symbol: tickers from cashtags and the keyword dictionary, a CoreNLP score
 * per tweet, then per-symbol minutes in event time and sliding windows rolled up from them.
 */
final class SentimentGraph {
    private static final TypeInformation<SentimentAccumulator> ACCUMULATOR =
            TypeInformation.of(SentimentAccumulator.class);
    private static final TypeInformation<SymbolSentiment> SENTIMENT =
            TypeInformation.of(SymbolSentiment.class);

    private SentimentGraph() {}

    /** Scored mentions: one per tweet and ticker it mentions. */
    static DataStream<SymbolMention> mentions(
            DataStream<Tweet> tweets, DataStream<KeywordChange> keywordChanges) {
        SingleOutputStreamOperator<MentionedTweet> mentioned =
                tweets.connect(keywordChanges.broadcast(SentimentState.KEYWORDS))
                        .process(new TickerExtractionFunction())
                        .returns(TypeInformation.of(MentionedTweet.class))
                        .uid(OperatorIds.TICKER_EXTRACTION)
                        .name("Ticker extraction");
        return mentioned
                .flatMap(new SentimentScoringFunction())
                .returns(TypeInformation.of(SymbolMention.class))
                .uid(OperatorIds.SENTIMENT_SCORING)
                .name("Sentiment scoring (CoreNLP)");
    }

    /** Each symbol's sentiment per event-time minute, emitted when the watermark closes it. */
    static SingleOutputStreamOperator<SymbolSentiment> minutes(DataStream<SymbolMention> mentions) {
        return mentions.keyBy(SymbolMention::symbol, Types.STRING)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .aggregate(
                        new FoldingAggregate<SymbolMention, SentimentAccumulator>(
                                SentimentAccumulator::new,
                                (totals, mention) -> totals.add(mention.score()),
                                SentimentAccumulator::merge),
                        new EmitSentiment(),
                        ACCUMULATOR,
                        ACCUMULATOR,
                        SENTIMENT)
                .uid(OperatorIds.SENTIMENT_1M)
                .name("1-minute sentiment");
    }

    /** Sliding windows of sentiment per symbol, rolled up from minutes. */
    static SingleOutputStreamOperator<SymbolSentiment> slidingWindows(
            DataStream<SymbolSentiment> minutes, SentimentWindows windows) {
        return minutes.keyBy(SymbolSentiment::symbol, Types.STRING)
                .window(SlidingEventTimeWindows.of(windows.length(), windows.slide()))
                .aggregate(
                        // Each minute, not each tweet, enters every sliding window that holds it.
                        new FoldingAggregate<SymbolSentiment, SentimentAccumulator>(
                                SentimentAccumulator::new,
                                SentimentAccumulator::add,
                                SentimentAccumulator::merge),
                        new EmitSentiment(),
                        ACCUMULATOR,
                        ACCUMULATOR,
                        SENTIMENT)
                .uid(OperatorIds.SENTIMENT_SLIDING)
                .name("Sliding sentiment windows");
    }
}
