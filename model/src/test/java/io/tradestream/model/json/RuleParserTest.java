package io.tradestream.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.rules.AlertRule;
import io.tradestream.model.rules.RuleStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleParserTest {
    private final RuleParser parser = new RuleParser();

    @Test
    void readsAnAlertRule() {
        AlertRule rule =
                parser.parse(
                                bytes(
                                        "{\"id\":\"swing\",\"owner\":\"bob\",\"kind\":\"alert\","
                                                + "\"symbols\":[\"TSLA\",\"NVDA\",\"TSLA\"],"
                                                + "\"when\":\"abs(change_pct(5m)) >= 3\","
                                                + "\"cooldown\":\"10m\",\"version\":4}"))
                        .value();

        assertThat(rule.owner()).isEqualTo("bob");
        assertThat(rule.id()).isEqualTo("swing");
        assertThat(rule.version()).isEqualTo(4);
        assertThat(rule.status()).isEqualTo(RuleStatus.ACTIVE);
        assertThat(rule.symbols()).containsExactly("TSLA", "NVDA");
        assertThat(rule.condition()).isEqualTo("abs(change_pct(5m)) >= 3");
        assertThat(rule.cooldownMillis()).isEqualTo(600_000);
        assertThat(rule.key()).isEqualTo("bob/swing");
    }

    @Test
    void readsADeletion() {
        AlertRule rule =
                parser.parse(
                                bytes(
                                        "{\"id\":\"swing\",\"owner\":\"bob\","
                                                + "\"action\":\"delete\",\"version\":5}"))
                        .value();

        assertThat(rule.status()).isEqualTo(RuleStatus.DELETED);
        assertThat(rule.version()).isEqualTo(5);
        assertThat(rule.symbols()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown function|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'smaa(5m) > 1','version':1}"
                        + "|invalid rule: field 'when': unknown function 'smaa' at position 0",
                "syntax error|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'price >','version':1}"
                        + "|invalid rule: field 'when': ",
                "bad symbol|{'id':'a','owner':'o','kind':'alert','symbols':['X','b@d'],"
                        + "'when':'price > 1','version':1}"
                        + "|invalid rule: field 'symbols' holds string \"b@d\"; each symbol must",
                "no symbols|{'id':'a','owner':'o','kind':'alert','symbols':[],"
                        + "'when':'price > 1','version':1}"
                        + "|invalid rule: field 'symbols' must be a non-empty list of symbols",
                "strategy|{'id':'a','owner':'o','kind':'strategy','symbols':['X'],"
                        + "'when':'price > 1','version':1}"
                        + "|invalid rule: kind 'strategy' is not supported; this version of"
                        + " TradeStream runs kind 'alert'",
                "no version|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'price > 1'}"
                        + "|invalid rule: missing required field 'version'",
                "zero version|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'price > 1','version':0}"
                        + "|invalid rule: field 'version' must be a whole number of at least 1,"
                        + " got 0",
                "bad cooldown|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'price > 1','cooldown':'ten minutes','version':1}"
                        + "|invalid rule: field 'cooldown': expected a duration such as 30s, 10m,"
                        + " 1h or 1d, got 'ten minutes'",
                "long cooldown|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'price > 1','cooldown':'8d','version':1}"
                        + "|invalid rule: field 'cooldown' must be at most 7d, got '8d'",
                "bad owner|{'id':'a','owner':'','kind':'alert','symbols':['X'],"
                        + "'when':'price > 1','version':1}"
                        + "|invalid rule: field 'owner' must be 1-64 letters, digits or _ . @ -"
                        + " starting with a letter or digit, got ''",
                "bad action|{'id':'a','owner':'o','action':'pause','version':2}"
                        + "|invalid rule: field 'action' must be 'upsert' or 'delete', got"
                        + " 'pause'",
                "unknown field|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'price > 1','version':1,'color':'red'}"
                        + "|invalid rule: unknown field(s) [color]",
                "too many symbols|TOO_MANY"
                        + "|invalid rule: field 'symbols' lists 101 symbols; a rule may watch at"
                        + " most 100",
            })
    void refusesAnInvalidRuleWithAReason(String name, String json, String reasonStart) {
        String payload = json.equals("TOO_MANY") ? tooManySymbols() : json.replace('\'', '"');

        ParseResult<AlertRule> result = parser.parse(bytes(payload));

        assertThat(result.isOk()).isFalse();
        assertThat(result.error()).startsWith(reasonStart);
    }

    @Test
    void findsOwnerAndIdOfARefusedRuleWhenTheyAreReadable() {
        assertThat(RuleParser.ownerAndId(bytes("{\"owner\":\"bob\",\"id\":\"x\",\"when\":7}")))
                .containsExactly("bob", "x");
        assertThat(RuleParser.ownerAndId(bytes("{truncated"))).containsExactly("", "");
    }

    private static String tooManySymbols() {
        StringBuilder symbols = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            symbols.append(i == 0 ? "" : ",").append("\"S").append(i).append('"');
        }
        return "{\"id\":\"a\",\"owner\":\"o\",\"kind\":\"alert\",\"symbols\":["
                + symbols
                + "],\"when\":\"price > 1\",\"version\":1}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
