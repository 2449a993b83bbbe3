package io.tradestream.operators.metrics;

import java.io.Serializable;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Turns an output into the row its sink writes and records the output's {@link EndToEndLatency}.
 * Chained right before the sink, so the time measured ends when the row is handed to the sink.
 *
 * @param <T> the output
 * @param <R> the row
 */
public final class MeasuredWrite<T, R> extends RichMapFunction<T, R> {
    private static final long serialVersionUID = 1L;

    /** Shipped to the task managers, so it must be serializable. */
    @FunctionalInterface
    public interface ToRow<T, R> extends Serializable {
        R of(T output);
    }

    /** When the output's cause entered Kafka, 0 if unknown. */
    @FunctionalInterface
    public interface KafkaTimestamp<T> extends Serializable {
        long of(T output);
    }

    private final ToRow<T, R> toRow;
    private final KafkaTimestamp<T> kafkaTimestamp;
    private transient EndToEndLatency latency;

    public MeasuredWrite(ToRow<T, R> toRow, KafkaTimestamp<T> kafkaTimestamp) {
        this.toRow = toRow;
        this.kafkaTimestamp = kafkaTimestamp;
    }

    @Override
    public void open(OpenContext openContext) {
        latency = EndToEndLatency.register(getRuntimeContext().getMetricGroup());
    }

    @Override
    public R map(T output) {
        R row = toRow.of(output);
        latency.record(kafkaTimestamp.of(output));
        return row;
    }
}
