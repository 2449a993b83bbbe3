package io.tradestream.operators.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.join.EnrichedTrade;
import io.tradestream.model.join.TradeSide;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TradeQuoteJoinFunctionTest {
    private static final Quote EARLY = new Quote("AAPL", 1_000, 99.90, 100, 100.10, 200);
    private static final Quote LATER = new Quote("AAPL", 3_000, 101.90, 100, 102.10, 200);

    private KeyedOneInputStreamOperatorTestHarness<String, MarketEvent, EnrichedTrade> harness;

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
    void aTradeCarriesTheQuoteThatPrevailedAtItsTimeNotALaterOne() throws Exception {
        quote(EARLY);
        quote(LATER);
        trade("AAPL", 2_000, 100.08);

        harness.processWatermark(5_000);

        assertThat(joined())
                .containsExactly(
                        new EnrichedTrade(
                                new Trade("AAPL", 2_000, 100.08, 10), EARLY, TradeSide.BUY));
    }

    @Test
    void tradesWaitForTheWatermarkSoThatQuotesArrivingLateWithinTheBoundCount() throws Exception {
        quote(EARLY);
        trade("AAPL", 2_000, 99.95);
        harness.processWatermark(1_500);
        assertThat(joined()).isEmpty();

        Quote delayed = new Quote("AAPL", 1_800, 99.80, 100, 100.20, 100);
        quote(delayed);
        harness.processWatermark(2_000);

        assertThat(joined())
                .containsExactly(
                        new EnrichedTrade(
                                new Trade("AAPL", 2_000, 99.95, 10), delayed, TradeSide.SELL));
    }

    @Test
    void aQuoteAtTheSameMillisecondAsATradePrevailsForIt() throws Exception {
        trade("AAPL", 1_000, 100.00);
        quote(EARLY);
        harness.processWatermark(1_000);

        assertThat(joined()).extracting(EnrichedTrade::quote).containsExactly(EARLY);
    }

    @Test
    void tradesBeforeTheFirstQuoteHaveNoneAndAreClassifiedByTheTickRule() throws Exception {
        trade("AAPL", 500, 100.00);
        trade("AAPL", 600, 100.05);
        quote(EARLY);
        trade("AAPL", 1_200, 100.05);
        harness.processWatermark(2_000);

        List<EnrichedTrade> trades = joined();
        assertThat(trades).extracting(EnrichedTrade::hasQuote).containsExactly(false, false, true);
        // The first trade has no earlier price; the second upticks; the third is at the mid
        // (100.00) and above it, a buy by the quote rule.
        assertThat(trades)
                .extracting(EnrichedTrade::side)
                .containsExactly(TradeSide.UNKNOWN, TradeSide.BUY, TradeSide.BUY);
        assertThat(trades.get(0).spread()).isNaN();
        assertThat(trades.get(2).spread()).isEqualTo(100.10 - 99.90);
        assertThat(trades.get(2).mid()).isEqualTo(100.00);
    }

    @Test
    void aTradeBehindTheWatermarkIsJoinedAtOnceWithTheQuoteThenPrevailing() throws Exception {
        quote(EARLY);
        quote(LATER);
        harness.processWatermark(4_000);

        trade("AAPL", 2_000, 102.05);

        assertThat(joined()).extracting(EnrichedTrade::quote).containsExactly(LATER);
    }

    @Test
    void aQuoteBehindTheWatermarkUpdatesTheQuoteOnlyIfItIsTheNewest() throws Exception {
        quote(LATER);
        harness.processWatermark(4_000);

        quote(EARLY); // older than the prevailing quote: ignored
        Quote newest = new Quote("AAPL", 3_500, 103.00, 100, 103.20, 100);
        quote(newest);
        trade("AAPL", 5_000, 103.01);
        harness.processWatermark(5_000);

        assertThat(joined()).extracting(EnrichedTrade::quote).containsExactly(newest);
    }

    @Test
    void symbolsAreJoinedIndependently() throws Exception {
        quote(EARLY);
        trade("MSFT", 2_000, 400.0);
        harness.processWatermark(2_000);

        assertThat(joined()).extracting(EnrichedTrade::hasQuote).containsExactly(false);
    }

    @Test
    void waitingTradesAndQuotesSurviveASnapshotAndRestore() throws Exception {
        quote(EARLY);
        trade("AAPL", 1_500, 99.95);
        harness.processWatermark(1_200);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1_300);
        harness.close();

        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        harness.processWatermark(2_000);

        assertThat(joined())
                .containsExactly(
                        new EnrichedTrade(
                                new Trade("AAPL", 1_500, 99.95, 10), EARLY, TradeSide.SELL));
    }

    private void quote(Quote quote) throws Exception {
        harness.processElement(new StreamRecord<>(MarketEvent.of(quote), quote.timestamp()));
    }

    private void trade(String symbol, long timestamp, double price) throws Exception {
        harness.processElement(
                new StreamRecord<>(
                        MarketEvent.of(new Trade(symbol, timestamp, price, 10)), timestamp));
    }

    private List<EnrichedTrade> joined() {
        return harness.extractOutputValues();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, MarketEvent, EnrichedTrade>
            newHarness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new TradeQuoteJoinFunction()),
                MarketEvent::symbol,
                Types.STRING);
    }
}
