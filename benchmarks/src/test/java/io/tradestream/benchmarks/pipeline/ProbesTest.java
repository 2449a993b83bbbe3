package io.tradestream.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbesTest {
    @Test
    void eachSymbolIsPrimedAt99ThenCrossesTheLevelAtEveryProbe() {
        Probes probes = new Probes();
        List<Probes.Probe> sent = new ArrayList<>();
        for (int i = 0; i < 3 * Probes.SYMBOLS.size(); i++) {
            sent.add(probes.next(1_000 + i));
        }

        assertThat(sent)
                .filteredOn(probe -> probe.trade().symbol().equals("PROBE1"))
                .extracting(probe -> probe.trade().price(), Probes.Probe::measured)
                .containsExactly(tuple(99.0, false), tuple(101.0, true), tuple(99.0, true));
        assertThat(sent).extracting(probe -> probe.trade().timestamp()).first().isEqualTo(1_000L);
        assertThat(sent.subList(0, Probes.SYMBOLS.size()))
                .extracting(probe -> probe.trade().symbol())
                .containsExactlyElementsOf(Probes.SYMBOLS);
    }

    @Test
    void theProbeRulesWatchEveryProbeSymbolAcrossTheLevel() {
        assertThat(Probes.rules())
                .hasSize(Probes.RULES)
                .allMatch(rule -> rule.contains("\"owner\":\"" + Probes.USER + "\""))
                .allMatch(rule -> Probes.SYMBOLS.stream().allMatch(rule::contains))
                .anyMatch(rule -> rule.contains("price crosses_above 100"))
                .anyMatch(rule -> rule.contains("price crosses_below 100"))
                .anyMatch(rule -> rule.contains("\"stop_loss_pct\":1"));
    }
}
