package io.tradestream.operators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class ShiftedWatermarksTest {
    @Test
    void recordsPassUnchangedAndWatermarksMoveLaterByTheShift() throws Exception {
        OneInputStreamOperatorTestHarness<String, String> harness =
                new OneInputStreamOperatorTestHarness<>(new ShiftedWatermarks<>(15_000));
        harness.open();
        harness.processElement("minute", 59_999);
        harness.processWatermark(60_000);
        harness.processWatermark(Long.MAX_VALUE - 1);

        assertThat(harness.getOutput())
                .containsExactly(
                        new StreamRecord<>("minute", 59_999),
                        new Watermark(75_000),
                        new Watermark(Long.MAX_VALUE));
        harness.close();
    }

    @Test
    void refusesToMoveWatermarksEarlier() {
        assertThatThrownBy(() -> new ShiftedWatermarks<>(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
