package io.tradestream.benchmarks;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.json.MarketEventParser;
import io.tradestream.model.json.MarketJson;
import io.tradestream.model.json.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and validating one record of the trades or quotes topic, as the market source does for
 * every record it reads, in the format the feed publishes.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MarketEventParserBenchmark {
    private static final long TIMESTAMP = 1_763_649_000_123L;

    private final MarketEventParser parser = new MarketEventParser();
    private final byte[] trade =
            MarketJson.toJson(new Trade("AAPL", TIMESTAMP, 189.23, 100))
                    .getBytes(StandardCharsets.UTF_8);
    private final byte[] quote =
            MarketJson.toJson(new Quote("BRK.B", TIMESTAMP, 412.1, 300, 412.15, 200))
                    .getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public ParseResult<Trade> trade() {
        return parser.parseTrade(trade);
    }

    @Benchmark
    public ParseResult<Quote> quote() {
        return parser.parseQuote(quote);
    }
}
