package io.tradestream.operators.engine;

import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Forwards records unchanged and every watermark moved {@code shiftMillis} later. It tells the rule
 * engine that the sentiment input is complete {@code shiftMillis} further than the tweets'
 * watermark: correct because a minute of sentiment takes effect only that long after its end (the
 * engine's sentiment delay), and it keeps the engine from waiting for the tweets' watermark, which
 * trails the market's by the tweets' larger out-of-orderness and the gaps between tweets.
 */
public final class ShiftedWatermarks<T> extends AbstractStreamOperator<T>
        implements OneInputStreamOperator<T, T> {
    private static final long serialVersionUID = 1L;

    private final long shiftMillis;

    public ShiftedWatermarks(long shiftMillis) {
        if (shiftMillis < 0) {
            throw new IllegalArgumentException(
                    "watermarks can only move later, got " + shiftMillis + " ms");
        }
        this.shiftMillis = shiftMillis;
    }

    @Override
    public void processElement(StreamRecord<T> element) {
        output.collect(element);
    }

    @Override
    public void processWatermark(Watermark mark) {
        long time = mark.getTimestamp();
        // The end of input stays the end of input.
        long shifted = time > Long.MAX_VALUE - shiftMillis ? Long.MAX_VALUE : time + shiftMillis;
        output.emitWatermark(new Watermark(shifted));
    }
}
