package io.tradestream.model.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.rules.AlertRule;
import io.tradestream.model.rules.RuleStatus;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
    @Test
    void findsRulesBySymbolAndForgetsReplacedVersions() throws Exception {
        RuleIndex index = new RuleIndex();
        index.put(rule("a", 1, "price > 1", "AAPL", "MSFT"));
        index.put(rule("b", 1, "abs(change_pct(90s)) > 1", "AAPL"));
        index.put(rule("a", 2, "price > 2", "MSFT"));

        assertThat(index.rulesFor("AAPL")).extracting(r -> r.rule().id()).containsExactly("b");
        assertThat(index.rulesFor("MSFT"))
                .extracting(r -> r.rule().condition())
                .containsExactly("price > 2");
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.historySecondsFor("AAPL")).isEqualTo(90);
        assertThat(index.historySecondsFor("MSFT")).isZero();

        index.remove("u/b");

        assertThat(index.rulesFor("AAPL")).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    private static CompiledAlertRule rule(String id, long version, String when, String... symbols)
            throws Exception {
        return CompiledAlertRule.compile(
                new AlertRule("u", id, version, RuleStatus.ACTIVE, symbols, when, 0));
    }
}
