package io.tradestream.ingestion.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamRulesAndBackoffTest {
    @Test
    void rulesJoinCashtagsAndCompanyNames() {
        assertThat(
                        StreamRules.build(
                                List.of("AAPL", "brk.b"), List.of("apple", "texas instruments")))
                .containsExactly("($AAPL OR $BRK.B OR \"apple\" OR \"texas instruments\") lang:en");
    }

    @Test
    void manyTickersArePackedIntoRulesOfAtMost512Characters() {
        List<String> tickers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tickers.add("T" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
        }

        List<String> rules = StreamRules.build(tickers, List.of());

        // "($TAA" + " OR $TAB" ... + ") lang:en": 8 characters a ticker, 62 tickers a rule.
        assertThat(rules).hasSize(4).allMatch(rule -> rule.length() <= 512);
        assertThat(rules.subList(0, 3)).allMatch(rule -> rule.length() > 500);
        assertThat(String.join(" ", rules)).contains("$TAA", "$THR");
        assertThat(rules.get(0)).startsWith("($TAA OR $TAB").endsWith(") lang:en");
    }

    @Test
    void backsOffAsXAsks() {
        Backoff backoff = new Backoff();

        assertThat(List.of(backoff.afterNetworkError(), backoff.afterNetworkError()))
                .containsExactly(250L, 500L);
        assertThat(
                        List.of(
                                backoff.afterHttpError(),
                                backoff.afterHttpError(),
                                backoff.afterHttpError()))
                .containsExactly(5_000L, 10_000L, 20_000L);
        assertThat(backoff.afterRateLimit(0)).isEqualTo(60_000);
        assertThat(backoff.afterRateLimit(300_000)).isEqualTo(300_000); // until the reset
        assertThat(backoff.afterRateLimit(0)).isEqualTo(240_000);

        backoff.connected();
        assertThat(backoff.afterNetworkError()).isEqualTo(250);
        assertThat(backoff.afterHttpError()).isEqualTo(5_000);
        for (int i = 0; i < 100; i++) {
            backoff.afterNetworkError();
            backoff.afterHttpError();
        }
        assertThat(backoff.afterNetworkError()).isEqualTo(16_000);
        assertThat(backoff.afterHttpError()).isEqualTo(320_000);
    }
}
