package io.tradestream.benchmarks;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.job.MarketDataGraph;
import io.tradestream.job.TradeStreamJob;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.indicators.IndicatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.FileUtils;

/**
 * A load generator for the market-data half of the job: synthetic trades and quotes through the
 * production operators (trade-quote as-of join, 1 s and 1 min bars, indicators) on a local Flink
 * with the job's configuration (RocksDB with incremental checkpoints every 10 s to a temporary
 * folder, exactly once), as fast as they go. Prints events/s and trades/s over the run, job start
 * and the final checkpoint included.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.tradestream.benchmarks.MarketPipelineLoad \
 *   [events (default 2000000)] [symbols (default 3200)] [parallelism (default 1)]
 * </pre>
 *
 * <p>{@code -Dflink.conf=key=value,key=value} overrides Flink settings, e.g. {@code
 * state.backend.type=hashmap}.
 */
public final class MarketPipelineLoad {
    private MarketPipelineLoad() {}

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        int symbols = args.length > 1 ? Integer.parseInt(args[1]) : 3_200;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 1;

        Configuration conf = TradeStreamJob.jobConfiguration(Duration.ofSeconds(10));
        // A local environment's default 128 MB of managed memory starves RocksDB (five times
        // slower); the local stack's TaskManager gives it about 900 MB.
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(512));
        Path checkpoints = Files.createTempDirectory("tradestream-load-checkpoints");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
        for (String setting : System.getProperty("flink.conf", "").split(",")) {
            if (!setting.isBlank()) {
                String[] keyValue = setting.split("=", 2);
                conf.setString(keyValue[0], keyValue[1]);
            }
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(parallelism);
        MarketDataGraph.indicatorBars(
                        env.fromSource(
                                        new DataGeneratorSource<>(
                                                new MarketEvents(symbols),
                                                events,
                                                RateLimiterStrategy.noOp(),
                                                TypeInformation.of(MarketEvent.class)),
                                        WatermarkStrategy.<MarketEvent>forBoundedOutOfOrderness(
                                                        Duration.ofSeconds(2))
                                                .withTimestampAssigner(
                                                        (event, ignored) -> event.timestamp()),
                                        "Synthetic market")
                                .setParallelism(1),
                        IndicatorSettings.defaults())
                .sinkTo(new DiscardingSink<>())
                .name("Discard");

        long start = System.nanoTime();
        JobExecutionResult result = env.execute("market pipeline load");
        double seconds = (System.nanoTime() - start) / 1e9;
        MarketFeedConfig market = MarketFeedConfig.builder().symbols(symbols).build();
        double trades =
                events
                        * market.tradesPerSecond()
                        / (market.tradesPerSecond() + market.quotesPerSecond());
        FileUtils.deleteDirectory(checkpoints.toFile());
        System.out.printf(
                Locale.ROOT,
                "%,d events (about %,.0f trades) over %,d symbols, parallelism %d, RocksDB: %.1f s"
                        + " wall (job %.1f s), %,.0f events/s, %,.0f trades/s%n",
                events,
                trades,
                symbols,
                parallelism,
                seconds,
                result.getNetRuntime() / 1000.0,
                events / seconds,
                trades / seconds);
    }

    /** The synthetic market's events in order; the source runs one reader. */
    private static final class MarketEvents implements GeneratorFunction<Long, MarketEvent> {
        private static final long serialVersionUID = 1L;
        private final int symbols;
        private transient Iterator<MarketEvent> market;

        MarketEvents(int symbols) {
            this.symbols = symbols;
        }

        @Override
        public MarketEvent map(Long index) {
            if (market == null) {
                market =
                        new SyntheticMarket(
                                MarketFeedConfig.builder()
                                        .symbols(symbols)
                                        .seed(7)
                                        .start(Instant.parse("2026-11-20T14:30:00Z"))
                                        .build());
            }
            return market.next();
        }
    }
}
