package io.tradestream.job;

import static io.tradestream.job.CollectedOutputs.drain;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.job.backtest.BacktestInputs;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.FillReason;
import io.tradestream.model.trading.PnlSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same results whatever the parallelism and however the input is split
 * into partitions: a backtest of {@link TradingScenario} at parallelism 1 over 2 partitions and at
 * parallelism 4 over 3 partitions produces identical alerts, fills, positions, P&L history, bars
 * and sentiment.
 */
class DeterminismTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(4)
                            .setConfiguration(
                                    new Configuration()
                                            .set(
                                                    TaskManagerOptions.MANAGED_MEMORY_SIZE,
                                                    MemorySize.ofMebiBytes(256)))
                            .build());

    @TempDir Path folder;

    @Test
    void parallelismAndPartitioningDoNotChangeTheResults() throws Exception {
        Map<String, List<String>> one = backtest(1, 2);
        Map<String, List<String>> four = backtest(4, 3);

        assertThat(four.keySet()).isEqualTo(one.keySet());
        for (String output : one.keySet()) {
            assertThat(four.get(output)).as(output).isEqualTo(one.get(output));
        }
    }

    private Map<String, List<String>> backtest(int parallelism, int partitions) throws Exception {
        Path files =
                TradingScenario.write(
                        Files.createDirectories(folder.resolve(parallelism + "x" + partitions)),
                        partitions);
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(
                        TradeStreamJob.jobConfiguration(Duration.ofSeconds(1)));
        env.setParallelism(parallelism);
        CollectedOutputs outputs = new CollectedOutputs();
        JobSettings settings = JobSettings.parse();
        TradeStreamGraph.build(
                env, new BacktestInputs(files, settings), outputs, GraphSettings.from(settings));
        env.execute("determinism-" + parallelism + "x" + partitions);

        List<Fill> fills = drain(outputs.fills);
        List<PnlSnapshot> pnl = drain(outputs.pnlHistory);
        Map<String, List<String>> results = new TreeMap<>();
        results.put("alerts", sorted(drain(outputs.alerts)));
        results.put("fills", sorted(fills));
        results.put("positions", sorted(drain(outputs.positions)));
        results.put("pnl", sorted(pnl));
        results.put("bars", sorted(drain(outputs.bars)));
        results.put("sentiment", sorted(drain(outputs.sentiment)));
        results.put("rule rejections", sorted(drain(outputs.ruleRejections)));
        results.put("dead letters", sorted(drain(outputs.deadLetters)));

        assertThat(results.get("alerts")).as("alerts").hasSizeGreaterThan(20);
        assertThat(fills)
                .extracting(Fill::reason)
                .as("fills by reason")
                .contains(
                        FillReason.SIGNAL,
                        FillReason.STOP_LOSS,
                        FillReason.TAKE_PROFIT,
                        FillReason.MAX_HOLDING);
        assertThat(fills)
                .extracting(Fill::positionAfter)
                .anySatisfy(q -> assertThat(q).isNegative());
        assertThat(pnl).extracting(PnlSnapshot::strategyId).contains("*", "golden", "buzz");
        assertThat(results.get("rule rejections")).isEmpty();
        assertThat(results.get("dead letters")).isEmpty();
        System.out.println(
                "backtest at parallelism "
                        + parallelism
                        + " over "
                        + partitions
                        + " partitions: "
                        + results.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue().size())
                                .collect(Collectors.joining(", ")));
        return results;
    }

    private static List<String> sorted(List<?> records) {
        List<String> lines = new ArrayList<>();
        for (Object record : records) {
            lines.add(record.toString());
        }
        lines.sort(null);
        return lines;
    }
}
