package io.tradestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.json.ParseResult;
import io.tradestream.model.json.RuleParser;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.model.rules.RuleKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's rules are valid: alerts, a watchlist and strategies, as the job will read them. */
class DemoRulesTest {

    @Test
    void everyDemoRuleIsAccepted() {
        List<RuleKind> kinds =
                Demo.RULES.stream()
                        .map(rule -> parse(rule.formatted(1L)))
                        .map(command -> command.definition().kind())
                        .toList();

        assertThat(kinds)
                .containsOnly(RuleKind.ALERT, RuleKind.STRATEGY)
                .contains(RuleKind.STRATEGY);
    }

    private static RuleCommand parse(String json) {
        ParseResult<RuleCommand> parsed =
                new RuleParser().parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.isOk()).as(parsed.isOk() ? json : parsed.error()).isTrue();
        return parsed.value();
    }
}
