package io.tradestream.dashboard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradestream.dashboard.web.ApiException;
import io.tradestream.dashboard.web.JsonBodies;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleDraftsTest {
    private final RuleDrafts drafts = new RuleDrafts();

    @Test
    void setsTheOwnerAndVersionOfAValidRule() throws Exception {
        ObjectNode request =
                drafts.upsert(
                        "alice",
                        body(
                                "{\"id\":\"swing\",\"kind\":\"alert\",\"symbols\":[\"TSLA\"],\"when\":\"abs(change_pct(5m))"
                                    + " >= 3\",\"cooldown\":\"10m\"}"),
                        1732356000000L);

        assertThat(request)
                .isEqualTo(
                        body(
                                "{\"id\":\"swing\",\"kind\":\"alert\",\"symbols\":[\"TSLA\"],\"when\":\"abs(change_pct(5m))"
                                    + " >= 3\",\"cooldown\":\"10m\","
                                    + "\"owner\":\"alice\",\"version\":1732356000000}"));
    }

    @Test
    void aConditionErrorNamesTheFieldAndThePosition() throws Exception {
        ApiException problem =
                drafts.validate(
                        "alice",
                        body(
                                "{\"id\":\"x\",\"kind\":\"alert\",\"symbols\":[\"AAPL\"],"
                                        + "\"when\":\"price > smaa(5m)\"}"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body())
                .containsEntry("field", "when")
                .containsEntry("position", 8)
                .extractingByKey("error")
                .asString()
                .startsWith("field 'when': unknown function 'smaa' at position 8");
    }

    @Test
    void otherErrorsComeFromTheJobsParserWithTheirField() throws Exception {
        ApiException problem =
                drafts.validate(
                        "alice",
                        body(
                                "{\"id\":\"x\",\"kind\":\"watchlist\",\"symbols\":[\"AAPL\"],"
                                        + "\"threshold_pct\":0}"));

        assertThat(problem.body())
                .isEqualTo(
                        Map.of(
                                "error",
                                "field 'threshold_pct' must be above 0 and at most 100, got 0",
                                "field",
                                "threshold_pct"));
    }

    @Test
    void aValidRuleHasNoProblem() throws Exception {
        assertThat(
                        drafts.validate(
                                "alice",
                                body(
                                        "{\"id\":\"tech\",\"kind\":\"watchlist\","
                                                + "\"symbols\":[\"AAPL\",\"MSFT\"],"
                                                + "\"threshold_pct\":2,\"window\":\"15m\"}")))
                .isNull();
    }

    @Test
    void refusesAnotherOwnerAndFieldsTheDashboardSets() {
        assertThatThrownBy(
                        () ->
                                drafts.upsert(
                                        "alice",
                                        body(
                                                "{\"id\":\"x\",\"owner\":\"bob\",\"kind\":\"alert\",\"symbols\":[\"AAPL\"],\"when\":\"price"
                                                    + " > 1\"}"),
                                        5))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403))
                .hasMessage(
                        "rules are created for the signed-in user 'alice': leave out 'owner' or"
                                + " set it to 'alice'");
        assertThatThrownBy(
                        () ->
                                drafts.upsert(
                                        "alice",
                                        body(
                                                "{\"id\":\"x\",\"kind\":\"alert\",\"version\":9,\"symbols\":[\"AAPL\"],\"when\":\"price"
                                                    + " > 1\"}"),
                                        5))
                .hasMessage("leave out 'version': the dashboard sets it");
    }

    @Test
    void lifecycleRequestsCarryOnlyIdentityAndAction() {
        assertThat(RuleDrafts.lifecycle("alice", "swing", "pause", 7).toString())
                .isEqualTo(
                        "{\"id\":\"swing\",\"owner\":\"alice\",\"action\":\"pause\",\"version\":7}");
    }

    private static ObjectNode body(String json) {
        try {
            return (ObjectNode) JsonBodies.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
