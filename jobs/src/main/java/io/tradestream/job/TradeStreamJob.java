package io.tradestream.job;

import io.tradestream.job.backtest.BacktestInputs;
import io.tradestream.job.io.CassandraPreflight;
import io.tradestream.job.io.ProductionOutputs;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.contrib.streaming.state.RocksDBConfigurableOptions;
import org.apache.flink.contrib.streaming.state.RocksDBOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The TradeStream job: {@code flink run tradestream-job.jar [--name value ...]}; run it with {@code
 * --help} for the settings. With {@code --backtest.dir} it reads a folder of files instead of Kafka
 * ({@link BacktestInputs}), runs to the end of them and stops.
 */
public final class TradeStreamJob {
    public static final String JOB_NAME = "TradeStream";

    private TradeStreamJob() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && "--help".equals(args[0])) {
            System.out.println(JobSettings.usage());
            return;
        }
        JobSettings settings = JobSettings.parse(args);
        // Runs where the job is submitted: wrong credentials stop the submission, not the sinks.
        CassandraPreflight.check(settings);
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(
                        jobConfiguration(settings.duration("checkpoint.interval")));
        String backtest = settings.get("backtest.dir");
        TradeStreamGraph.build(
                env,
                backtest.isEmpty()
                        ? new KafkaInputs(settings)
                        : new BacktestInputs(Path.of(backtest), settings),
                new ProductionOutputs(settings),
                GraphSettings.from(settings));
        env.execute(backtest.isEmpty() ? JOB_NAME : JOB_NAME + " backtest");
    }

    /**
     * What the job needs whatever cluster runs it: exactly-once checkpoints on RocksDB with
     * incremental checkpoints and small memtables, and no silent fallback to Kryo for any type
     * (state types must stay evolvable across savepoints).
     *
     * <p>Small memtables: a slot's RocksDB instances share one write buffer budget (half the slot's
     * managed memory), and each memtable reserves an eighth of its size up front. The job keeps
     * some 60 kinds of state (column families) in a slot; at RocksDB's 64 MB default their
     * reservations alone exceeded the budget, so RocksDB flushed memtables of a few entries
     * continuously and every state write waited (on the local stack the rule engine managed about
     * 2,000 events/s; with 4 MB, 5,800 events/s at half its capacity).
     *
     * <p>Timers on the heap: the rule engine sets one per symbol and millisecond with updates
     * waiting for the watermark, and in RocksDB each costs a write, a read and a delete besides the
     * updates' own state. On the heap the engine's busy time per market event fell by more than
     * half in the pipeline benchmark (68 % busy at 2,000 events/s with timers in RocksDB, 76 % at
     * 5,000 on the heap). Few timers are pending at a time (the updates of the last watermark
     * interval and each open position's next minute), so the heap holds them easily; they are
     * written with each checkpoint's synchronous part.
     */
    public static Configuration jobConfiguration(Duration checkpointInterval) {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, checkpointInterval);
        conf.set(
                CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE,
                CheckpointingMode.EXACTLY_ONCE);
        conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
        conf.set(RocksDBConfigurableOptions.WRITE_BUFFER_SIZE, MemorySize.ofMebiBytes(4));
        conf.set(
                RocksDBOptions.TIMER_SERVICE_FACTORY,
                EmbeddedRocksDBStateBackend.PriorityQueueStateType.HEAP);
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        return conf;
    }
}
