package io.tradestream.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.Trade;
import io.tradestream.model.bars.Bar;
import io.tradestream.model.join.EnrichedTrade;
import io.tradestream.model.join.TradeSide;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The production bar windows, driven record by record with explicit watermarks. */
class BarWindowsTest {
    private KeyedOneInputStreamOperatorTestHarness<String, ?, Bar> opened;

    @Test
    void aSecondBarIsEmittedWhenTheWatermarkPassesTheSecond() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, EnrichedTrade, Bar> harness =
                open(MarketDataGraph.secondBars(source(EnrichedTrade.class)));
        trade(harness, "AAPL", 1_200, 10.0, 5, TradeSide.BUY);
        trade(harness, "AAPL", 1_100, 9.0, 5, TradeSide.SELL); // out of order: it opens
        trade(harness, "MSFT", 1_500, 20.0, 1, TradeSide.UNKNOWN);
        trade(harness, "AAPL", 2_100, 11.0, 1, TradeSide.BUY);

        harness.processWatermark(new Watermark(1_998));
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processWatermark(new Watermark(1_999));
        assertThat(harness.extractOutputValues())
                .containsExactlyInAnyOrder(
                        new Bar("AAPL", "1s", 1_000, 9.0, 10.0, 9.0, 10.0, 10, 5, 5, 95.0, 2),
                        new Bar("MSFT", "1s", 1_000, 20.0, 20.0, 20.0, 20.0, 1, 0, 0, 20.0, 1));
    }

    @Test
    void aTradeBehindTheWatermarkIsLeftOutOfItsClosedBar() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, EnrichedTrade, Bar> harness =
                open(MarketDataGraph.secondBars(source(EnrichedTrade.class)));
        trade(harness, "AAPL", 1_200, 10.0, 5, TradeSide.BUY);
        harness.processWatermark(new Watermark(1_999));
        trade(harness, "AAPL", 1_300, 99.0, 5, TradeSide.BUY);
        harness.processWatermark(new Watermark(2_999));

        assertThat(harness.extractOutputValues())
                .containsExactly(
                        new Bar("AAPL", "1s", 1_000, 10.0, 10.0, 10.0, 10.0, 5, 5, 0, 50.0, 1));
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void minuteBarsRollUpSecondBars() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, Bar, Bar> harness =
                open(MarketDataGraph.minuteBars(source(Bar.class)));
        Bar first = new Bar("AAPL", "1s", 60_000, 10.0, 11.0, 9.5, 10.5, 100, 70, 30, 1_040.0, 3);
        Bar last = new Bar("AAPL", "1s", 119_000, 10.4, 12.0, 10.4, 11.9, 50, 0, 50, 590.0, 2);
        Bar nextMinute = new Bar("AAPL", "1s", 120_000, 12.0, 12.0, 12.0, 12.0, 1, 1, 0, 12.0, 1);
        harness.processElement(new StreamRecord<>(last, 119_999));
        harness.processElement(new StreamRecord<>(first, 60_999));
        harness.processElement(new StreamRecord<>(nextMinute, 120_999));

        harness.processWatermark(new Watermark(119_999));

        assertThat(harness.extractOutputValues())
                .containsExactly(
                        new Bar(
                                "AAPL", "1m", 60_000, 10.0, 12.0, 9.5, 11.9, 150, 70, 80, 1_630.0,
                                5));
    }

    private static <T> DataStream<T> source(Class<T> type) {
        return StreamExecutionEnvironment.getExecutionEnvironment()
                .fromData(TypeInformation.of(type), placeholder(type));
    }

    @SuppressWarnings("unchecked")
    private static <T> T placeholder(Class<T> type) {
        return (T)
                (type == EnrichedTrade.class
                        ? new EnrichedTrade(new Trade("X", 0, 1, 1), null, TradeSide.UNKNOWN)
                        : new Bar("X", "1s", 0, 1, 1, 1, 1, 1, 0, 0, 1, 1));
    }

    /** Opens a harness around the window operator of {@code windowed}; closed after the test. */
    @SuppressWarnings("unchecked")
    private <I> KeyedOneInputStreamOperatorTestHarness<String, I, Bar> open(
            SingleOutputStreamOperator<Bar> windowed) throws Exception {
        OneInputTransformation<I, Bar> transformation =
                (OneInputTransformation<I, Bar>) windowed.getTransformation();
        KeyedOneInputStreamOperatorTestHarness<String, I, Bar> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        transformation.getOperator(),
                        (org.apache.flink.api.java.functions.KeySelector<I, String>)
                                transformation.getStateKeySelector(),
                        TypeInformation.of(String.class));
        opened = harness;
        harness.open();
        return harness;
    }

    @AfterEach
    void close() throws Exception {
        if (opened != null) {
            opened.close();
        }
    }

    private static void trade(
            KeyedOneInputStreamOperatorTestHarness<String, EnrichedTrade, Bar> harness,
            String symbol,
            long timestamp,
            double price,
            long size,
            TradeSide side)
            throws Exception {
        Trade trade = new Trade(symbol, timestamp, price, size);
        harness.processElement(new StreamRecord<>(new EnrichedTrade(trade, null, side), timestamp));
    }
}
