package io.tradestream.operators.engine;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.market.SymbolUpdate;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.sentiment.SymbolSentiment;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.PositionSnapshot;
import java.util.List;
import java.util.Queue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.util.OutputTag;

/**
 * The rule engine in a test harness, with the rules input idle as in the job (event time is then
 * the market's alone), and the updates the tests send written as they read.
 */
final class EngineHarness {
    private static final long MINUTE = 60_000;

    private final long sentimentDelayMillis;
    private KeyedBroadcastOperatorTestHarness<String, SymbolUpdate, Rule, Alert> harness;

    /** An engine whose minutes of sentiment take effect as they end. */
    EngineHarness() throws Exception {
        this(0);
    }

    /** An engine whose minutes of sentiment take effect {@code sentimentDelayMillis} later. */
    EngineHarness(long sentimentDelayMillis) throws Exception {
        this.sentimentDelayMillis = sentimentDelayMillis;
        harness = create();
        open();
    }

    void rule(Rule rule) throws Exception {
        harness.processBroadcastElement(rule, 0);
    }

    void watermark(long time) throws Exception {
        harness.processWatermark(time);
    }

    void trade(String symbol, long timestamp, double price) throws Exception {
        trade(symbol, timestamp, price, 0);
    }

    /** A trade read from a Kafka record with timestamp {@code kafkaTimestamp}. */
    void trade(String symbol, long timestamp, double price, long kafkaTimestamp) throws Exception {
        market(MarketEvent.of(new Trade(symbol, timestamp, price, 100)), kafkaTimestamp);
    }

    void quote(String symbol, long timestamp, double bid, double ask) throws Exception {
        quote(symbol, timestamp, bid, ask, 0);
    }

    /** A quote read from a Kafka record with timestamp {@code kafkaTimestamp}. */
    void quote(String symbol, long timestamp, double bid, double ask, long kafkaTimestamp)
            throws Exception {
        market(MarketEvent.of(new Quote(symbol, timestamp, bid, 100, ask, 100)), kafkaTimestamp);
    }

    private void market(MarketEvent event, long kafkaTimestamp) throws Exception {
        harness.processElement(
                SymbolUpdate.of(event.withKafkaTimestamp(kafkaTimestamp)), event.timestamp());
    }

    /** One minute of sentiment starting at {@code start}, as the sentiment windows emit it. */
    void sentiment(String symbol, long start, double scoreSum, long tweets) throws Exception {
        harness.processElement(
                SymbolUpdate.of(
                        new SymbolSentiment(symbol, start, start + MINUTE, scoreSum, tweets, 0, 0)),
                start + MINUTE - 1);
    }

    /** Takes a snapshot, closes the engine and starts a new one from the snapshot. */
    void restartFromSnapshot(long time) throws Exception {
        OperatorSubtaskState snapshot = harness.snapshot(1, time);
        harness.close();
        harness = create();
        harness.initializeState(snapshot);
        open();
    }

    List<Alert> alerts() {
        return harness.extractOutputValues();
    }

    List<Fill> fills() {
        return sideOutput(RuleEngineFunction.FILLS);
    }

    List<PositionSnapshot> positions() {
        return sideOutput(RuleEngineFunction.POSITIONS);
    }

    void close() throws Exception {
        harness.close();
    }

    /** What the engine sent to {@code tag}; the harness has no queue before the first. */
    private <T> List<T> sideOutput(OutputTag<T> tag) {
        Queue<StreamRecord<T>> records = harness.getSideOutput(tag);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }

    private void open() throws Exception {
        harness.open();
        harness.processBroadcastWatermark(Long.MAX_VALUE);
    }

    private KeyedBroadcastOperatorTestHarness<String, SymbolUpdate, Rule, Alert> create()
            throws Exception {
        return new KeyedBroadcastOperatorTestHarness<>(
                new CoBroadcastWithKeyedOperator<>(
                        new RuleEngineFunction(sentimentDelayMillis),
                        List.of(RuleEngineState.RULES)),
                SymbolUpdate::symbol,
                Types.STRING,
                1,
                1,
                0);
    }
}
