package io.tradestream.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradestream.sentiment.SentimentScorer;
import io.tradestream.sentiment.TweetSentiment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tweets per second through {@link SentimentScorer#score} on one thread, and the time per tweet
 * (percentiles), over the 240 labelled finance tweets in turn.
 *
 * <p>CoreNLP needs about a thousand texts before its CPU per tweet settles, so the warm-up is long
 * (3 × 10 s, several thousand tweets). The fork gets the heap the models need.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx1500m")
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class SentimentBenchmark {
    private static final String TWEETS = "/io/tradestream/sentiment/labelled-finance-tweets.jsonl";

    private SentimentScorer scorer;
    private List<String> tweets;
    private int next;

    @Setup
    public void loadModelsAndTweets() throws IOException {
        scorer = new SentimentScorer();
        tweets = readTweets();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public TweetSentiment tweetsPerSecond() {
        return scoreNextTweet();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TweetSentiment timePerTweet() {
        return scoreNextTweet();
    }

    private TweetSentiment scoreNextTweet() {
        String tweet = tweets.get(next);
        next = (next + 1) % tweets.size();
        return scorer.score(tweet);
    }

    private static List<String> readTweets() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (InputStream in = SentimentBenchmark.class.getResourceAsStream(TWEETS);
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                texts.add(json.readTree(line).get("text").asText());
            }
        }
        return texts;
    }
}
