package io.tradestream.benchmarks;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.model.Trade;
import io.tradestream.model.engine.CompiledRule;
import io.tradestream.model.engine.RuleEvaluator;
import io.tradestream.model.engine.RuleFirings;
import io.tradestream.model.engine.RuleIndex;
import io.tradestream.model.engine.SymbolRules;
import io.tradestream.model.json.ParseResult;
import io.tradestream.model.json.RuleParser;
import io.tradestream.model.market.SnapshotMarketView;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.rules.expr.RuleSyntaxException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Trades per second through the rule engine's core on one thread, and the time per trade
 * (percentiles), with 100,000 or 1,000,000 active rules over 3,200 symbols.
 *
 * <p>The rules are {@link SyntheticRules}: 10 per user, 70 % price levels, 15 % indicator and
 * change alerts, 10 % watchlists of 3-8 symbols, 5 % sentiment alerts, their symbols Zipf-skewed
 * like the market's activity. They are parsed by the rules topic's parser and compiled into a
 * {@link RuleIndex} as the engine does.
 *
 * <p>Each operation applies the next trade of the {@link SyntheticMarket} (3,200 symbols, Zipf
 * activity, a random walk in cents, the feed's sizes, 2,000 trades a second of event time) as
 * {@code RuleEngineFunction} does: snapshot, price history and minute bars ({@link
 * BenchmarkSymbol}), then {@link RuleEvaluator#onTrade}; the firings are counted. Per-symbol state
 * lives in hash maps instead of keyed Flink state, so this is the engine's CPU cost without
 * RocksDB; generating the trade is included (about 0.15 µs).
 *
 * <p>Before measuring, the setup plays 65 minutes of the market into the symbols' state, so that
 * hour-long windows, RSI and moving averages have their history, and lets every rule observe once,
 * as a running engine's rules have. The warm-up then runs the full engine long enough for prices to
 * cross levels. The setup prints to stderr the heap that the rules take after a full GC: as the
 * rule records that broadcast state holds, and as the compiled index on top of them.
 */
@State(Scope.Thread)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class RuleEngineBenchmark {
    static final MarketFeedConfig MARKET =
            MarketFeedConfig.builder()
                    .symbols(3_200)
                    .seed(11)
                    .start(Instant.parse("2026-11-20T14:30:00Z"))
                    .tradesPerSecond(2_000)
                    .quotesPerSecond(0)
                    .build();

    private static final long RULE_SEED = 17;

    /** The longest window the rules read (1 h) and RSI(14)'s 57 bars, with a margin. */
    private static final Duration HISTORY = Duration.ofMinutes(65);

    @Param({"100000", "1000000"})
    public int rules;

    private final RuleIndex index = new RuleIndex();
    private final Map<String, BenchmarkSymbol> symbols = new HashMap<>();
    // Its market has no tweets: the sentiment delay changes nothing.
    private final SnapshotMarketView view = new SnapshotMarketView(0);
    private final RuleEvaluator evaluator = new RuleEvaluator();
    private int firings;
    private final RuleFirings countFiring = (rule, timestamp) -> firings++;
    private SyntheticMarket market;
    private long tradesApplied;
    private long totalFirings;

    @Setup
    public void buildRulesAndMarketState() throws RuleSyntaxException {
        long heapBefore = heapAfterFullGc();
        List<Rule> definitions = parseRules(rules);
        long heapWithRecords = heapAfterFullGc();
        for (Rule rule : definitions) {
            index.put(CompiledRule.compile(rule));
        }
        // The index holds the records; the list must not count in its heap.
        definitions = null;
        long heapWithIndex = heapAfterFullGc();
        System.err.printf(
                Locale.ROOT,
                "%n%,d active rules: %,.0f MB of heap as rule records, %,.0f MB with the compiled"
                        + " index (%,.0f bytes a rule)%n",
                index.size(),
                (heapWithRecords - heapBefore) / 1e6,
                (heapWithIndex - heapBefore) / 1e6,
                (heapWithIndex - heapBefore) / (double) index.size());

        market = new SyntheticMarket(MARKET);
        for (String symbol : market.symbols()) {
            symbols.put(symbol, new BenchmarkSymbol());
        }
        playHistory();
        observeOnce();
        System.err.printf(
                Locale.ROOT,
                "heap after playing %d minutes of the market into the symbols' state: %,.0f MB%n",
                HISTORY.toMinutes(),
                heapAfterFullGc() / 1e6);
    }

    @TearDown
    public void reportFirings() {
        System.err.printf(
                Locale.ROOT,
                "%n%,d trades applied, %,d rules fired (%.2f a trade)%n",
                tradesApplied,
                totalFirings,
                totalFirings / (double) Math.max(tradesApplied, 1));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void tradesPerSecond(Blackhole firingsOut) {
        firingsOut.consume(applyNextTrade());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void timePerTrade(Blackhole firingsOut) {
        firingsOut.consume(applyNextTrade());
    }

    /** One trade through the engine core; returns how many rules fired. */
    private int applyNextTrade() {
        Trade trade = market.next().trade();
        BenchmarkSymbol symbol = symbols.get(trade.symbol());
        SymbolRules symbolRules = index.rulesFor(trade.symbol());
        double previousPrice = symbol.snapshot.lastPrice;
        symbol.record(trade, symbolRules);
        view.reset(
                symbol.snapshot,
                symbol.history,
                symbol.barsFor(symbolRules),
                symbol.sentiment,
                trade.timestamp());
        firings = 0;
        evaluator.onTrade(
                symbolRules,
                previousPrice,
                trade.timestamp(),
                view,
                symbol.conditions,
                symbol.firings,
                countFiring);
        tradesApplied++;
        totalFirings += firings;
        return firings;
    }

    /** Records the first {@link #HISTORY} of trades in the symbols' state, evaluating nothing. */
    private void playHistory() {
        long end = MARKET.start().plus(HISTORY).toEpochMilli();
        Trade trade;
        do {
            trade = market.next().trade();
            symbols.get(trade.symbol()).record(trade, index.rulesFor(trade.symbol()));
        } while (trade.timestamp() < end);
    }

    /**
     * Evaluates every symbol's rules once at its last trade, without a price change: each rule's
     * first evaluation only observes (and creates its memory), as a running engine's rules already
     * have.
     */
    private void observeOnce() {
        for (Map.Entry<String, BenchmarkSymbol> entry : symbols.entrySet()) {
            BenchmarkSymbol symbol = entry.getValue();
            SymbolRules symbolRules = index.rulesFor(entry.getKey());
            long time = symbol.snapshot.lastTradeTime;
            view.reset(
                    symbol.snapshot,
                    symbol.history,
                    symbol.barsFor(symbolRules),
                    symbol.sentiment,
                    time);
            evaluator.onTrade(
                    symbolRules,
                    symbol.snapshot.lastPrice,
                    time,
                    view,
                    symbol.conditions,
                    symbol.firings,
                    countFiring);
        }
    }

    /** The rules as the rules topic's parser reads them (as the engine holds them). */
    private static List<Rule> parseRules(int count) {
        SyntheticRules requests =
                new SyntheticRules(MARKET, RULE_SEED, SyntheticRules.RULES_PER_USER);
        RuleParser parser = new RuleParser();
        List<Rule> definitions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ParseResult<RuleCommand> parsed =
                    parser.parse(requests.next().getBytes(StandardCharsets.UTF_8));
            if (!parsed.isOk()) {
                throw new IllegalStateException("a synthetic rule is invalid: " + parsed.error());
            }
            definitions.add(parsed.value().definition());
        }
        return definitions;
    }

    private static long heapAfterFullGc() {
        // System.gc() is a full collection with G1 unless the JVM is told otherwise; twice so
        // that objects with finalizers or cleaners are gone too.
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
