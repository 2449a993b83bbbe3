package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Symbols;
import io.tradestream.model.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticMarketTest {

    private static final Instant START = Instant.parse("2025-01-02T14:30:00Z");

    private static MarketFeedConfig.Builder tenSeconds() {
        return MarketFeedConfig.builder().seed(7).start(START).duration(Duration.ofSeconds(10));
    }

    private static List<MarketEvent> events(MarketFeedConfig config) {
        return new SyntheticMarket(config).stream().toList();
    }

    @Test
    void theSameConfigYieldsTheSameEvents() {
        MarketFeedConfig config = tenSeconds().build();
        assertThat(events(config)).hasSize(10_000).isEqualTo(events(config));
    }

    @Test
    void differentSeedsYieldDifferentEvents() {
        List<MarketEvent> seven = events(tenSeconds().build());
        List<MarketEvent> eight = events(tenSeconds().seed(8).build());
        assertThat(eight).hasSameSizeAs(seven).isNotEqualTo(seven);
        assertThat(eight.get(0)).isNotEqualTo(seven.get(0));
    }

    @Test
    void aFixedSeedReproducesAKnownPrefix() {
        long t = START.toEpochMilli();
        assertThat(new SyntheticMarket(tenSeconds().build()).stream().limit(6))
                .containsExactly(
                        MarketEvent.of(new Trade("MSFT", t, 157.51, 100)),
                        MarketEvent.of(new Quote("CTF", t, 132.93, 300, 133.02, 100)),
                        MarketEvent.of(new Trade("JFSO", t + 2, 138.26, 100)),
                        MarketEvent.of(new Quote("MDLZ", t + 2, 156.84, 300, 156.91, 400)),
                        MarketEvent.of(new Trade("AMD", t + 4, 7.34, 39)),
                        MarketEvent.of(new Quote("CSNP", t + 4, 105.76, 700, 105.82, 400)));
    }

    @Test
    void timestampsFollowTheConfiguredRatesExactly() {
        MarketFeedConfig config = tenSeconds().tradesPerSecond(300).quotesPerSecond(700).build();
        List<MarketEvent> events = events(config);

        assertThat(events)
                .isSortedAccordingTo((a, b) -> Long.compare(a.timestamp(), b.timestamp()));
        assertThat(events.get(0).timestamp()).isEqualTo(START.toEpochMilli());
        assertThat(events.get(events.size() - 1).timestamp())
                .isLessThan(START.plusSeconds(10).toEpochMilli());
        Map<Long, Long> tradesPerSecond = countPerSecond(events, true);
        Map<Long, Long> quotesPerSecond = countPerSecond(events, false);
        assertThat(tradesPerSecond)
                .hasSize(10)
                .allSatisfy((second, n) -> assertThat(n).isEqualTo(300));
        assertThat(quotesPerSecond)
                .hasSize(10)
                .allSatisfy((second, n) -> assertThat(n).isEqualTo(700));
    }

    @Test
    void onlyQuotesWhenThereAreNoTrades() {
        List<MarketEvent> events =
                events(tenSeconds().tradesPerSecond(0).quotesPerSecond(50).build());
        assertThat(events).hasSize(500).noneMatch(MarketEvent::isTrade);
    }

    @Test
    void anUnboundedMarketKeepsGoing() {
        SyntheticMarket market =
                new SyntheticMarket(
                        tenSeconds().duration(Duration.ZERO).tradesPerSecond(1).build());
        assertThat(market.stream().limit(20_000).count()).isEqualTo(20_000);
        assertThat(market.hasNext()).isTrue();
    }

    @Test
    void pricesArePositiveWholeCentsAndQuotesAreUncrossed() {
        // Frequent large jumps push cheap names towards the price floor.
        MarketFeedConfig config =
                tenSeconds().symbols(50).jumpProbability(0.2).jumpSize(0.5).volatility(3).build();
        for (MarketEvent event : events(config)) {
            if (event.isTrade()) {
                Trade trade = event.trade();
                assertThat(trade.price()).isPositive().isEqualTo(cents(trade.price()));
                assertThat(trade.size()).isBetween(1L, 10_000L);
            } else {
                Quote quote = event.quote();
                assertThat(quote.bid()).isPositive().isEqualTo(cents(quote.bid()));
                assertThat(quote.ask()).isGreaterThan(quote.bid()).isEqualTo(cents(quote.ask()));
                assertThat(quote.bidSize() % 100).isZero();
                assertThat(quote.askSize() % 100).isZero();
                assertThat(quote.bidSize()).isPositive();
                assertThat(quote.askSize()).isPositive();
            }
        }
    }

    @Test
    void quotesBracketTheLastTradeWithinAFewBasisPoints() {
        Map<String, Double> lastTrade = new HashMap<>();
        int checked = 0;
        for (MarketEvent event :
                events(tenSeconds().symbols(20).volatility(0.3).jumpProbability(0).build())) {
            if (event.isTrade()) {
                lastTrade.put(event.symbol(), event.trade().price());
            } else if (lastTrade.containsKey(event.symbol())) {
                Quote quote = event.quote();
                double mid = (quote.bid() + quote.ask()) / 2;
                assertThat(Math.abs(mid / lastTrade.get(event.symbol()) - 1)).isLessThan(0.002);
                assertThat((quote.ask() - quote.bid()) / mid).isLessThan(0.005);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(4_000);
    }

    @Test
    void activityIsZipfSkewedAcrossTheUniverse() {
        SyntheticMarket market =
                new SyntheticMarket(tenSeconds().duration(Duration.ofSeconds(200)).build());
        List<String> symbols = market.symbols();
        Map<String, Long> counts =
                market.stream()
                        .collect(Collectors.groupingBy(MarketEvent::symbol, Collectors.counting()));

        long rank1 = counts.getOrDefault(symbols.get(0), 0L);
        long rank100 = counts.getOrDefault(symbols.get(99), 0L);
        // Expected ratio 100^1.1 = 158; 200,000 events give rank 1 about 23,500 of them.
        assertThat(rank1).isGreaterThan(50 * rank100);
        assertThat(
                        ZipfSamplerTest.fittedExponent(
                                rank -> counts.getOrDefault(symbols.get(rank - 1), 0L), 30))
                .isCloseTo(1.1, within(0.1));
    }

    @Test
    void symbolsAreTheValidUniqueUniverse() {
        SyntheticMarket market = new SyntheticMarket(tenSeconds().symbols(3_200).build());
        assertThat(market.symbols())
                .hasSize(3_200)
                .doesNotHaveDuplicates()
                .startsWith("AAPL", "MSFT");
        assertThat(market.symbols())
                .allMatch(Symbols::isValid)
                .allMatch(s -> s.matches("[A-Z]{1,5}"));
    }

    private static Map<Long, Long> countPerSecond(List<MarketEvent> events, boolean trades) {
        return events.stream()
                .filter(e -> e.isTrade() == trades)
                .collect(
                        Collectors.groupingBy(
                                e -> (e.timestamp() - START.toEpochMilli()) / 1000,
                                Collectors.counting()));
    }

    private static double cents(double price) {
        return Math.round(price * 100) / 100.0;
    }
}
