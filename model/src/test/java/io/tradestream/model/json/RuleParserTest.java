package io.tradestream.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleAction;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.model.rules.RuleKind;
import io.tradestream.model.rules.RuleStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleParserTest {
    private final RuleParser parser = new RuleParser();

    @Test
    void readsAnAlertRule() {
        RuleCommand command =
                parser.parse(
                                bytes(
                                        "{\"id\":\"swing\",\"owner\":\"bob\",\"kind\":\"alert\","
                                                + "\"symbols\":[\"TSLA\",\"NVDA\",\"TSLA\"],"
                                                + "\"when\":\"abs(change_pct(5m)) >= 3\","
                                                + "\"cooldown\":\"10m\",\"version\":4}"))
                        .value();

        assertThat(command.action()).isEqualTo(RuleAction.UPSERT);
        Rule rule = command.definition();
        assertThat(rule.owner()).isEqualTo("bob");
        assertThat(rule.id()).isEqualTo("swing");
        assertThat(rule.version()).isEqualTo(4);
        assertThat(rule.kind()).isEqualTo(RuleKind.ALERT);
        assertThat(rule.status()).isEqualTo(RuleStatus.ACTIVE);
        assertThat(rule.symbols()).containsExactly("TSLA", "NVDA");
        assertThat(rule.condition()).isEqualTo("abs(change_pct(5m)) >= 3");
        assertThat(rule.frequency()).isEqualTo(Frequency.EVERY_TIME);
        assertThat(rule.cooldownMillis()).isEqualTo(600_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"every_time, EVERY_TIME", "once, ONCE", "once_per_bar, ONCE_PER_BAR"})
    void readsTheFrequency(String written, Frequency frequency) {
        Rule rule =
                parser.parse(
                                bytes(
                                        "{\"id\":\"a\",\"owner\":\"o\",\"kind\":\"alert\","
                                                + "\"symbols\":[\"X\"],\"when\":\"rsi(14) < 30\","
                                                + "\"frequency\":\""
                                                + written
                                                + "\",\"version\":1}"))
                        .value()
                        .definition();

        assertThat(rule.frequency()).isEqualTo(frequency);
    }

    @Test
    void readsAWatchlistAsAnAlertOnTheMoveOverItsWindow() {
        Rule rule =
                parser.parse(
                                bytes(
                                        "{\"id\":\"tech\",\"owner\":\"carol\","
                                                + "\"kind\":\"watchlist\","
                                                + "\"symbols\":[\"AAPL\",\"MSFT\"],"
                                                + "\"threshold_pct\":2.50,\"window\":\"15m\","
                                                + "\"cooldown\":\"1h\",\"version\":1}"))
                        .value()
                        .definition();

        assertThat(rule.kind()).isEqualTo(RuleKind.ALERT);
        assertThat(rule.symbols()).containsExactly("AAPL", "MSFT");
        assertThat(rule.condition()).isEqualTo("abs(change_pct(15m)) >= 2.5");
        assertThat(rule.cooldownMillis()).isEqualTo(3_600_000);
    }

    @Test
    void aWatchlistLooksBackFiveMinutesUnlessToldOtherwise() {
        Rule rule =
                parser.parse(
                                bytes(
                                        "{\"id\":\"w\",\"owner\":\"carol\",\"kind\":\"watchlist\","
                                                + "\"symbols\":[\"IBM\"],\"threshold_pct\":3,"
                                                + "\"version\":1}"))
                        .value()
                        .definition();

        assertThat(rule.condition()).isEqualTo("abs(change_pct(5m)) >= 3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pause, PAUSE", "resume, RESUME", "delete, DELETE"})
    void readsALifecycleAction(String written, RuleAction action) {
        RuleCommand command =
                parser.parse(
                                bytes(
                                        "{\"id\":\"swing\",\"owner\":\"bob\",\"action\":\""
                                                + written
                                                + "\",\"version\":5}"))
                        .value();

        assertThat(command.action()).isEqualTo(action);
        assertThat(command.owner()).isEqualTo("bob");
        assertThat(command.id()).isEqualTo("swing");
        assertThat(command.version()).isEqualTo(5);
        assertThat(command.definition()).isNull();
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
                "unknown kind|{'id':'a','owner':'o','kind':'signal','symbols':['X'],"
                        + "'when':'price > 1','version':1}"
                        + "|invalid rule: field 'kind' must be 'alert', 'strategy' or"
                        + " 'watchlist', got 'signal'",
                "bad window|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'sma(90s) > 1','version':1}"
                        + "|invalid rule: field 'when': sma window must be a multiple of 1m, got"
                        + " 90s at position 4",
                "bad frequency|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'price > 1','frequency':'daily','version':1}"
                        + "|invalid rule: field 'frequency' must be 'every_time', 'once' or"
                        + " 'once_per_bar', got 'daily'",
                "watchlist threshold|{'id':'a','owner':'o','kind':'watchlist','symbols':['X'],"
                        + "'threshold_pct':0,'version':1}"
                        + "|invalid rule: field 'threshold_pct' must be above 0 and at most 100,"
                        + " got 0",
                "watchlist window|{'id':'a','owner':'o','kind':'watchlist','symbols':['X'],"
                        + "'threshold_pct':2,'window':'2h','version':1}"
                        + "|invalid rule: field 'window' must be a duration from 1s to 1h such as"
                        + " 15m, got '2h'",
                "watchlist condition|{'id':'a','owner':'o','kind':'watchlist','symbols':['X'],"
                        + "'threshold_pct':2,'when':'price > 1','version':1}"
                        + "|invalid rule: unknown field(s) [when]",
                "pause with definition|{'id':'a','owner':'o','action':'pause','version':2,"
                        + "'when':'price > 1'}"
                        + "|invalid rule: unknown field(s) [when]",
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
                "bad action|{'id':'a','owner':'o','action':'archive','version':2}"
                        + "|invalid rule: field 'action' must be 'upsert', 'pause', 'resume' or"
                        + " 'delete', got 'archive'",
                "unknown field|{'id':'a','owner':'o','kind':'alert','symbols':['X'],"
                        + "'when':'price > 1','version':1,'color':'red'}"
                        + "|invalid rule: unknown field(s) [color]",
                "too many symbols|TOO_MANY"
                        + "|invalid rule: field 'symbols' lists 101 symbols; a rule may watch at"
                        + " most 100",
            })
    void refusesAnInvalidRuleWithAReason(String name, String json, String reasonStart) {
        String payload = json.equals("TOO_MANY") ? tooManySymbols() : json.replace('\'', '"');

        ParseResult<RuleCommand> result = parser.parse(bytes(payload));

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
