package io.tradestream.operators.ingest;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends refused records (the left side) to a side output and passes valid ones (the right side) on,
 * so that bad input is kept and reported while the valid records around it flow normally. Counts
 * the refused records as {@code malformedRecords}.
 */
public final class SplitRefused<L, R> extends ProcessFunction<Either<L, R>, R> {
    private static final long serialVersionUID = 1L;

    private final OutputTag<L> refusedTag;
    private transient Counter malformedRecords;

    public SplitRefused(OutputTag<L> refusedTag) {
        this.refusedTag = refusedTag;
    }

    @Override
    public void open(OpenContext openContext) {
        malformedRecords = getRuntimeContext().getMetricGroup().counter("malformedRecords");
    }

    @Override
    public void processElement(Either<L, R> record, Context ctx, Collector<R> out) {
        if (record.isLeft()) {
            malformedRecords.inc();
            ctx.output(refusedTag, record.left());
        } else {
            out.collect(record.right());
        }
    }
}
