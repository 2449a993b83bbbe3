package io.tradestream.operators.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.tradestream.model.bars.Bar;
import io.tradestream.model.indicators.IndicatorBar;
import io.tradestream.model.indicators.IndicatorSet;
import io.tradestream.model.indicators.IndicatorSettings;
import io.tradestream.model.indicators.Indicators;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BarIndicatorsFunctionTest {
    /** SMA over 2 bars, so that values appear from the second bar of a series. */
    private static final IndicatorSettings SETTINGS = new IndicatorSettings(2, 2, 1, 2, 2, 2, 1, 1);

    private KeyedOneInputStreamOperatorTestHarness<String, Bar, IndicatorBar> harness;

    @BeforeEach
    void start() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void eachSymbolAndResolutionIsItsOwnSeries() throws Exception {
        bar("AAPL", "1s", 0, 10);
        bar("AAPL", "1m", 0, 100);
        bar("MSFT", "1s", 0, 50);
        bar("AAPL", "1s", 1_000, 12);
        bar("AAPL", "1m", 60_000, 104);

        assertThat(harness.extractOutputValues())
                .extracting(
                        b -> b.symbol() + " " + b.bar().resolution() + " " + b.indicators().sma())
                .containsExactly(
                        "AAPL 1s NaN",
                        "AAPL 1m NaN",
                        "MSFT 1s NaN",
                        "AAPL 1s 11.0",
                        "AAPL 1m 102.0");
        // change over 1 bar: 12 against 10 is +20 %; 104 against 100 is +4 %.
        assertThat(harness.extractOutputValues().get(3).indicators().changePct())
                .isCloseTo(20, offset(1e-9));
        assertThat(harness.extractOutputValues().get(4).indicators().changePct())
                .isCloseTo(4, offset(1e-9));
    }

    @Test
    void aBarThatDoesNotFollowPassesWithUnknownIndicatorsAndIsNotApplied() throws Exception {
        bar("AAPL", "1s", 1_000, 10);
        bar("AAPL", "1s", 1_000, 99);
        bar("AAPL", "1s", 2_000, 14);

        List<IndicatorBar> out = harness.extractOutputValues();
        assertThat(out.get(1).bar().close()).isEqualTo(99);
        assertThat(out.get(1).indicators().relativeVolume()).isNaN();
        assertThat(out.get(2).indicators().sma()).isEqualTo(12); // (10 + 14) / 2
    }

    @Test
    void theSeriesContinueAcrossASnapshotAndRestore() throws Exception {
        bar("AAPL", "1m", 0, 100);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);
        harness.close();
        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();

        bar("AAPL", "1m", 60_000, 104);

        Indicators after = harness.extractOutputValues().get(0).indicators();
        assertThat(after.sma()).isEqualTo(102);
        assertThat(after.rsi()).isEqualTo(100); // one change, a gain
    }

    @Test
    void theStateIsAPojoThatSurvivesItsSerializer() throws Exception {
        TypeInformation<IndicatorSet> type = TypeInformation.of(IndicatorSet.class);
        assertThat(type).isInstanceOf(PojoTypeInfo.class);
        TypeSerializer<IndicatorSet> serializer =
                type.createSerializer(new ExecutionConfig().getSerializerConfig());
        IndicatorSet set = new IndicatorSet(SETTINGS);
        set.update(new Bar("X", "1m", 0, 1, 1, 1, 5, 10, 0, 0, 50, 1));

        DataOutputSerializer bytes = new DataOutputSerializer(256);
        serializer.serialize(set, bytes);
        IndicatorSet copy =
                serializer.deserialize(new DataInputDeserializer(bytes.getCopyOfBuffer()));

        Indicators next = copy.update(new Bar("X", "1m", 60_000, 1, 1, 1, 7, 30, 0, 0, 210, 1));
        assertThat(next.sma()).isEqualTo(6);
        assertThat(next.relativeVolume()).isEqualTo(3);
        assertThat(bytes.length()).as("serialized bytes of one series").isLessThan(400);
    }

    private void bar(String symbol, String resolution, long start, double close) throws Exception {
        harness.processElement(
                new StreamRecord<>(
                        new Bar(
                                symbol,
                                resolution,
                                start,
                                close,
                                close,
                                close,
                                close,
                                10,
                                0,
                                0,
                                close * 10,
                                1),
                        start));
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Bar, IndicatorBar> newHarness()
            throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new BarIndicatorsFunction(SETTINGS)),
                Bar::symbol,
                Types.STRING);
    }
}
