package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOrderMergeTest {

    private static TaqEvent trade(long nanos, String symbol) {
        return new TaqEvent(nanos, MarketEvent.of(new Trade(symbol, nanos / 1_000_000, 10, 1)));
    }

    private static TaqEvent quote(long nanos, String symbol) {
        return new TaqEvent(
                nanos, MarketEvent.of(new Quote(symbol, nanos / 1_000_000, 10, 1, 11, 1)));
    }

    private static List<TaqEvent> merge(List<List<TaqEvent>> sources) {
        List<TaqEvent> merged = new ArrayList<>();
        new TimeOrderMerge(sources.stream().map(List::iterator).toList())
                .forEachRemaining(merged::add);
        return merged;
    }

    @Test
    void eventsComeInTimeOrderAtFullPrecision() {
        List<TaqEvent> trades =
                List.of(trade(1_000_000, "A"), trade(1_000_400, "B"), trade(9_000_000, "C"));
        List<TaqEvent> quotes = List.of(quote(1_000_200, "A"), quote(2_000_000, "B"));

        assertThat(merge(List.of(trades, quotes)))
                .containsExactly(
                        trade(1_000_000, "A"),
                        quote(1_000_200, "A"),
                        trade(1_000_400, "B"),
                        quote(2_000_000, "B"),
                        trade(9_000_000, "C"));
    }

    @Test
    void atTheSameTimeTheFirstSourceGoesFirstAndEachSourceKeepsItsOrder() {
        List<TaqEvent> trades = List.of(trade(5, "T1"), trade(5, "T2"));
        List<TaqEvent> quotes = List.of(quote(5, "Q1"), quote(5, "Q2"));
        List<TaqEvent> more = List.of(quote(4, "Z"), quote(5, "Z"));

        assertThat(merge(List.of(trades, quotes, more)))
                .containsExactly(
                        quote(4, "Z"),
                        trade(5, "T1"),
                        trade(5, "T2"),
                        quote(5, "Q1"),
                        quote(5, "Q2"),
                        quote(5, "Z"));
    }

    @Test
    void emptySourcesAreFine() {
        assertThat(merge(List.of(List.of(), List.of(quote(7, "A")), List.of())))
                .containsExactly(quote(7, "A"));
        assertThat(merge(List.of())).isEmpty();
    }
}
