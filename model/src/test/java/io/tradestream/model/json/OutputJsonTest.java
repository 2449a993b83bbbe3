package io.tradestream.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.alerts.Alert;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputJsonTest {
    @Test
    void writesAnAlertWithEveryField() {
        Alert alert =
                new Alert(
                        "alice:r1:AAPL:1000",
                        "alice",
                        "r1",
                        2,
                        "AAPL",
                        1_000,
                        201.5,
                        "price > 200",
                        "AAPL: price > 200 (price 201.5)",
                        0);

        assertThat(new String(OutputJson.toJson(alert), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"id\":\"alice:r1:AAPL:1000\",\"user_id\":\"alice\",\"rule_id\":\"r1\","
                                + "\"rule_version\":2,\"symbol\":\"AAPL\",\"ts\":1000,"
                                + "\"price\":201.5,\"condition\":\"price > 200\","
                                + "\"message\":\"AAPL: price > 200 (price 201.5)\"}");
    }

    @Test
    void anUnknownPriceIsNull() {
        Alert alert =
                new Alert(
                        "alice:mood:AAPL:60000",
                        "alice",
                        "mood",
                        1,
                        "AAPL",
                        60_000,
                        Double.NaN,
                        "sentiment(1m) > 0.2",
                        "AAPL: sentiment(1m) > 0.2 (price n/a)",
                        0);

        assertThat(new String(OutputJson.toJson(alert), StandardCharsets.UTF_8))
                .contains("\"price\":null,");
    }
}
