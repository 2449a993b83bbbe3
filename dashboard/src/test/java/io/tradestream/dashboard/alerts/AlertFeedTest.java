package io.tradestream.dashboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.dashboard.web.JsonBodies;
import org.junit.jupiter.api.Test;

class AlertFeedTest {
    @Test
    void givesTheTopicsAlertTheApisFieldNames() throws Exception {
        String record =
                "{\"id\":\"a1\",\"user_id\":\"alice\",\"rule_id\":\"swing\",\"rule_version\":3,"
                        + "\"symbol\":\"TSLA\",\"ts\":1732356000000,\"price\":250.5,"
                        + "\"condition\":\"price > 250\",\"message\":\"TSLA price > 250\"}";

        assertThat(AlertFeed.camelCase(JsonBodies.MAPPER.readTree(record)).toString())
                .isEqualTo(
                        "{\"id\":\"a1\",\"userId\":\"alice\",\"ruleId\":\"swing\",\"ruleVersion\":3,"
                            + "\"symbol\":\"TSLA\",\"ts\":1732356000000,\"price\":250.5,\"condition\":\"price"
                            + " > 250\",\"message\":\"TSLA price > 250\"}");
    }
}
