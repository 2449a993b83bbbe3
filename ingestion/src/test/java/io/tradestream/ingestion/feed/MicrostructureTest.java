package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MicrostructureTest {

    @Test
    void tradesHappenAtThePriceRoundedToCents() {
        Trade trade = Microstructure.trade("AAPL", 1_000, 189.5249, new Random(1));
        assertThat(trade.symbol()).isEqualTo("AAPL");
        assertThat(trade.timestamp()).isEqualTo(1_000);
        assertThat(trade.price()).isEqualTo(189.52);
    }

    @Test
    void theMostActiveNameQuotesTwoBasisPointsAroundThePrice() {
        Quote quote = Microstructure.quote("AAPL", 1_000, 200.005, 1, new Random(1));
        // half spread = 200.005 * 2 bps / 2 = 0.02
        assertThat(quote.bid()).isEqualTo(199.98);
        assertThat(quote.ask()).isEqualTo(200.03);
    }

    @Test
    void lessActiveNamesQuoteWiderSpreads() {
        Quote busy = Microstructure.quote("A", 0, 100.003, 1, new Random(1));
        Quote quiet = Microstructure.quote("B", 0, 100.003, 3_000, new Random(1));
        assertThat(quiet.ask() - quiet.bid()).isGreaterThan(2 * (busy.ask() - busy.bid()));
    }

    @Test
    void aCheapNameStillHasBidBelowAskByAtLeastACent() {
        Quote quote = Microstructure.quote("PENNY", 0, 0.10, 1, new Random(1));
        assertThat(quote.bid()).isEqualTo(0.09);
        assertThat(quote.ask()).isEqualTo(0.11);
        Quote exact = Microstructure.quote("FIVE", 0, 5.00, 1, new Random(1));
        assertThat(exact.bid()).isEqualTo(4.99);
        assertThat(exact.ask()).isEqualTo(5.01);
    }

    @Test
    void sizesAreRoundLotsOrOddLots() {
        Random random = new Random(9);
        int oddLots = 0;
        for (int i = 0; i < 10_000; i++) {
            long size = Microstructure.tradeSize(random);
            assertThat(size).isBetween(1L, 10_000L);
            if (size < 100) {
                oddLots++;
            } else {
                assertThat(size % 100).isZero();
            }
        }
        assertThat(oddLots).isBetween(2_300, 2_700);
        Quote quote = Microstructure.quote("A", 0, 50, 10, random);
        assertThat(quote.bidSize()).isBetween(100L, 1_000L);
        assertThat(quote.askSize() % 100).isZero();
    }
}
