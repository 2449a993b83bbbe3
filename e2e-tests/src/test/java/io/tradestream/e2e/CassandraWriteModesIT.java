package io.tradestream.e2e;

import static io.tradestream.e2e.PipelineIT.trade;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When the job's Cassandra rows become visible in each write mode, on the real stack. The jobs
 * checkpoint only when asked (the interval is an hour), so what a reader sees before the first
 * checkpoint is exactly what each mode writes ahead of one.
 */
@ExtendWith(LocalStackExtension.class)
class CassandraWriteModesIT {
    /** Two 1-second bars of WAL: the third trade moves event time past both. */
    private static final List<String[]> TRADES =
            List.of(
                    trade("WAL", 100, 50.0, 10),
                    trade("WAL", 1_100, 51.0, 20),
                    trade("WAL", 10_000, 52.0, 30));

    private static final List<String> BARS =
            List.of(
                    "2026-11-23T14:30:01Z 51.0 51.0 51.0 51.0 20 51.0 1",
                    "2026-11-23T14:30:00Z 50.0 50.0 50.0 50.0 10 50.0 1");

    /** How long the write-ahead log must keep processed rows back before a checkpoint. */
    private static final Duration HELD_BACK = Duration.ofSeconds(5);

    @Test
    void upsertsAreVisibleBeforeAnyCheckpoint(LocalStack stack) throws Exception {
        try (TradeStreamJobRun run = startWithoutCheckpoints(stack, "upsertvisible", "upsert");
                CqlSession cql = StackClients.cql(stack)) {
            StackClients.produce(stack, run.topic("trades"), TRADES);

            StackClients.await(
                    "both bars in Cassandra",
                    Duration.ofMinutes(1),
                    () -> PipelineIT.rows(cql, run, "WAL", "1s").size() == BARS.size());
            assertThat(PipelineIT.rows(cql, run, "WAL", "1s")).containsExactlyElementsOf(BARS);
            assertThat(run.completedCheckpoints()).isZero();
        }
    }

    @Test
    void theWriteAheadLogWritesRowsWhenTheirCheckpointCompletes(LocalStack stack) throws Exception {
        try (TradeStreamJobRun run =
                        startWithoutCheckpoints(stack, "walvisible", "write-ahead-log");
                CqlSession cql = StackClients.cql(stack)) {
            StackClients.produce(stack, run.topic("trades"), TRADES);

            // The bars have reached the Cassandra sink's task, which holds them...
            StackClients.await(
                    "both bars at the Cassandra sink",
                    Duration.ofMinutes(1),
                    () -> run.vertexSum("Bars to Cassandra", "numRecordsIn") >= BARS.size());
            long heldUntil = System.nanoTime() + HELD_BACK.toNanos();
            while (System.nanoTime() < heldUntil) {
                assertThat(PipelineIT.rows(cql, run, "WAL", "1s")).isEmpty();
                Thread.sleep(500);
            }
            assertThat(run.completedCheckpoints()).isZero();

            // ...until the checkpoint that covers them completes.
            run.checkpointNow();
            StackClients.await(
                    "both bars in Cassandra after the checkpoint",
                    Duration.ofMinutes(1),
                    () -> PipelineIT.rows(cql, run, "WAL", "1s").size() == BARS.size());
            assertThat(PipelineIT.rows(cql, run, "WAL", "1s")).containsExactlyElementsOf(BARS);
        }
    }

    private static TradeStreamJobRun startWithoutCheckpoints(
            LocalStack stack, String name, String writeMode) throws InterruptedException {
        TradeStreamJobRun run =
                TradeStreamJobRun.prepare(stack, name)
                        .with("cassandra.write-mode", writeMode)
                        .with("checkpoint.interval", "1h");
        run.submitAndAwaitRules(0);
        return run;
    }
}
