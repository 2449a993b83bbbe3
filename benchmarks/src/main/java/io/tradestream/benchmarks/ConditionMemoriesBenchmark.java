package io.tradestream.benchmarks;

import io.tradestream.model.engine.CompiledRule;
import io.tradestream.model.engine.ConditionMemories;
import io.tradestream.model.engine.RuleEvaluator;
import io.tradestream.model.engine.RuleFirings;
import io.tradestream.model.engine.RuleIndex;
import io.tradestream.model.engine.SymbolRules;
import io.tradestream.model.market.SnapshotMarketView;
import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleKind;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.rules.expr.RuleSyntaxException;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time a trade takes on a symbol whose rules watch {@code conditions} distinct conditions, with
 * the symbol's condition memories read from bytes and written back by Flink's serializer for them,
 * as the engine's RocksDB state has them on every trade: deserialize, {@link
 * RuleEvaluator#onTrade}, serialize. RocksDB's own work (a read and a write of the bytes) comes on
 * top.
 *
 * <p>The conditions ({@code spread > 0.0001 and bid > 1}, {@code spread > 0.0002 and bid > 2}, ...)
 * are about as long as the synthetic rules' and cheap to evaluate, so that what carrying the
 * memories costs shows.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConditionMemoriesBenchmark {
    private static final String SYMBOL = "AAPL";
    private static final long START = 1_763_649_000_000L;

    @Param({"10", "30", "100"})
    public int conditions;

    private final RuleIndex index = new RuleIndex();
    private final RuleEvaluator evaluator = new RuleEvaluator();
    // Its snapshot, history, bars, sentiment and firings; its condition memories are the bytes.
    private final BenchmarkSymbol symbol = new BenchmarkSymbol();
    private final SnapshotMarketView view = new SnapshotMarketView(0);
    private final DataOutputSerializer out = new DataOutputSerializer(4096);
    private final DataInputDeserializer in = new DataInputDeserializer();
    // The market stands still: after the first trade no condition becomes true, and none fires.
    private final RuleFirings noFirings = (rule, timestamp) -> {};
    private SymbolRules rules;
    private TypeSerializer<ConditionMemories> serializer;
    private byte[] stored;
    private long time = START;

    @Setup
    public void compileTheRulesAndStoreTheirMemories() throws RuleSyntaxException, IOException {
        for (int k = 1; k <= conditions; k++) {
            String condition = String.format(Locale.ROOT, "spread > %.4f and bid > %d", k / 1e4, k);
            index.put(
                    CompiledRule.compile(
                            new Rule(
                                    "user-" + k,
                                    "rule-" + k,
                                    1,
                                    RuleKind.ALERT,
                                    RuleStatus.ACTIVE,
                                    new String[] {SYMBOL},
                                    condition,
                                    Frequency.EVERY_TIME,
                                    0,
                                    null)));
        }
        rules = index.rulesFor(SYMBOL);
        serializer =
                TypeInformation.of(ConditionMemories.class)
                        .createSerializer(new SerializerConfigImpl());
        symbol.snapshot.lastPrice = 100;
        symbol.snapshot.bid = 99.99;
        symbol.snapshot.ask = 100.01;
        stored = write(new ConditionMemories());
        tradeWithMemoriesInState();
    }

    @Benchmark
    public int tradeWithMemoriesInState() throws IOException {
        in.setBuffer(stored);
        ConditionMemories memories = serializer.deserialize(in);
        time++;
        view.reset(symbol.snapshot, symbol.history, symbol.barsFor(rules), symbol.sentiment, time);
        evaluator.onTrade(
                rules, symbol.snapshot.lastPrice, time, view, memories, symbol.firings, noFirings);
        stored = write(memories);
        return stored.length;
    }

    private byte[] write(ConditionMemories memories) throws IOException {
        out.clear();
        serializer.serialize(memories, out);
        return out.getCopyOfBuffer();
    }
}
