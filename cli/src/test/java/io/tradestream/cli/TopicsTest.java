package io.tradestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {
    @Test
    void keyedTopicsAreSpreadAndOrderedOnesStayInOnePartition() {
        assertThat(Topics.partitionsByTopic())
                .containsExactly(
                        java.util.Map.entry("trades", 4),
                        java.util.Map.entry("quotes", 4),
                        java.util.Map.entry("tweets", 4),
                        java.util.Map.entry("ticker-keywords", 1),
                        java.util.Map.entry("rules", 1),
                        java.util.Map.entry("alerts", 4),
                        java.util.Map.entry("dead-letters", 1),
                        java.util.Map.entry("rule-rejections", 1));
    }
}
