package io.tradestream.operators.sentiment;

import io.tradestream.model.sentiment.MentionedTweet;
import io.tradestream.model.sentiment.SymbolMention;
import io.tradestream.sentiment.SentimentScorer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.util.Collector;

/**
 * Scores each tweet once with CoreNLP's sentiment model and the finance adjustment, and attributes
 * the score to every ticker the tweet mentions.
 *
 * <p>The scorer is created in {@link #open}: the first task of a job loads the models (seconds,
 * ~640 MiB of heap), later tasks in the same TaskManager share them. Scoring is CPU-bound, so
 * throughput scales with this operator's parallelism.
 */
public class SentimentScoringFunction extends RichFlatMapFunction<MentionedTweet, SymbolMention> {
    private static final long serialVersionUID = 1L;

    /** Samples kept for the scoring-time percentiles shown in the web UI. */
    private static final int LATENCY_SAMPLES = 1_000;

    private transient SentimentScorer scorer;
    private transient Counter tweetsScored;
    private transient Histogram scoringMicros;

    @Override
    public void open(OpenContext openContext) {
        scorer = new SentimentScorer();
        tweetsScored = getRuntimeContext().getMetricGroup().counter("tweetsScored");
        scoringMicros =
                getRuntimeContext()
                        .getMetricGroup()
                        .histogram(
                                "scoringMicros",
                                new DescriptiveStatisticsHistogram(LATENCY_SAMPLES));
    }

    @Override
    public void flatMap(MentionedTweet tweet, Collector<SymbolMention> out) {
        long start = System.nanoTime();
        double score = scorer.score(tweet.text()).score();
        scoringMicros.update((System.nanoTime() - start) / 1_000);
        tweetsScored.inc();
        for (String symbol : tweet.symbols()) {
            out.collect(new SymbolMention(symbol, tweet.timestamp(), score));
        }
    }
}
