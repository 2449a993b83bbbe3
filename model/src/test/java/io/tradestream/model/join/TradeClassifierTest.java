package io.tradestream.model.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.Quote;
import org.junit.jupiter.api.Test;

class TradeClassifierTest {
    private static final Quote QUOTE = new Quote("AAPL", 0, 100.00, 300, 100.10, 200);

    private final JoinMemory ticks = new JoinMemory();

    @Test
    void aTradeAboveTheMidIsABuyAndBelowItASell() {
        assertThat(TradeClassifier.classify(100.10, QUOTE, ticks)).isEqualTo(TradeSide.BUY);
        assertThat(TradeClassifier.classify(100.06, QUOTE, ticks)).isEqualTo(TradeSide.BUY);
        assertThat(TradeClassifier.classify(100.00, QUOTE, ticks)).isEqualTo(TradeSide.SELL);
        assertThat(TradeClassifier.classify(100.04, QUOTE, ticks)).isEqualTo(TradeSide.SELL);
    }

    @Test
    void aTradeAtTheMidFollowsTheTickRule() {
        TradeClassifier.classify(100.02, QUOTE, ticks);

        assertThat(TradeClassifier.classify(100.05, QUOTE, ticks)).isEqualTo(TradeSide.BUY);
    }

    @Test
    void theTickRuleCarriesTheLastPriceChangeThroughUnchangedPrices() {
        assertThat(TradeClassifier.classify(50.0, null, ticks)).isEqualTo(TradeSide.UNKNOWN);
        assertThat(TradeClassifier.classify(50.0, null, ticks)).isEqualTo(TradeSide.UNKNOWN);
        assertThat(TradeClassifier.classify(49.9, null, ticks)).isEqualTo(TradeSide.SELL);
        assertThat(TradeClassifier.classify(49.9, null, ticks)).isEqualTo(TradeSide.SELL);
        assertThat(TradeClassifier.classify(50.1, null, ticks)).isEqualTo(TradeSide.BUY);
        assertThat(TradeClassifier.classify(50.1, null, ticks)).isEqualTo(TradeSide.BUY);
    }

    @Test
    void aLockedQuoteHasNoMeaningfulMidSoTheTickRuleDecides() {
        Quote locked = new Quote("AAPL", 0, 100.00, 100, 100.00, 100);
        TradeClassifier.classify(100.01, null, ticks);

        assertThat(TradeClassifier.classify(100.00, locked, ticks)).isEqualTo(TradeSide.SELL);
    }

    @Test
    void quotedTradesStillMoveTheJoinMemory() {
        TradeClassifier.classify(100.08, QUOTE, ticks);
        TradeClassifier.classify(100.05, QUOTE, ticks);

        assertThat(ticks.lastPrice).isEqualTo(100.05);
        assertThat(ticks.lastDirection).isEqualTo(-1);
    }
}
