package io.tradestream.e2e;

import static io.tradestream.e2e.PipelineIT.T0;
import static io.tradestream.e2e.PipelineIT.rule;
import static io.tradestream.e2e.PipelineIT.trade;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Valid events interleaved with every kind of malformed one: each valid event is processed, each
 * malformed one is kept with its reason, and the job never restarts.
 */
@ExtendWith(LocalStackExtension.class)
class BadInputIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "X".repeat(1_000_000);

    @Test
    void malformedRecordsAndRulesAreKeptWithTheirReasonsAndTheJobCarriesOn(LocalStack stack)
            throws Exception {
        String hugeSymbol =
                "{\"symbol\":\"" + HUGE + "\",\"ts\":" + T0 + ",\"price\":1,\"size\":1}";
        try (TradeStreamJobRun run = TradeStreamJobRun.prepare(stack, "badinput")) {
            StackClients.produce(
                    stack,
                    run.topic("rules"),
                    List.of(
                            rule("alice", "good", "[\"AAPL\"]", "price > 100", ""),
                            new String[] {"alice", "{\"id\":\"cut\",\"owner\":\"alice\",\"ki"},
                            rule("alice", "typo", "[\"AAPL\"]", "prise > 100", ""),
                            rule("alice", "huge", "[\"AAPL\"]", HUGE, ""),
                            new String[] {
                                "alice",
                                "{\"id\":\"nover\",\"owner\":\"alice\",\"kind\":\"alert\","
                                        + "\"symbols\":[\"AAPL\"],\"when\":\"price > 1\"}"
                            }));
            run.submitAndAwaitRules(1);

            StackClients.produce(
                    stack,
                    run.topic("trades"),
                    List.of(
                            trade("AAPL", 100, 101.0, 10),
                            bad("{\"symbol\":\"AAPL\",\"ts\":" + T0),
                            trade("AAPL", 200, 102.0, 20),
                            bad(json("\"abc\"", "10")),
                            bad(json("\"NaN\"", "10")),
                            bad(json("NaN", "10")),
                            trade("AAPL", 300, 103.0, 30),
                            bad(json("-5.0", "10")),
                            bad(""),
                            bad(hugeSymbol),
                            bad(
                                    "{\"symbol\":\"AAPL\",\"ts\":"
                                            + T0
                                            + ",\"price\":1,\"size\":1,\"note\":\"hi\"}"),
                            trade("AAPL", 400, 104.0, 40),
                            trade("ZZZZ", 300_000, 1.0, 1)));

            List<String> deadLetters =
                    StackClients.readCommitted(
                            stack, run.topic("dead-letters"), 8, Duration.ofMinutes(2));
            List<String> reasons = new ArrayList<>();
            for (String deadLetter : deadLetters) {
                JsonNode node = JSON.readTree(deadLetter);
                assertThat(node.path("source_topic").asText()).isEqualTo(run.topic("trades"));
                assertThat(node.path("partition").asInt()).isZero();
                reasons.add(node.path("offset").asLong() + " " + node.path("reason").asText());
                if (node.path("offset").asLong() == 9) {
                    // The 1 MB record is kept cut, with its real size.
                    assertThat(node.path("payload_bytes").asInt()).isEqualTo(hugeSymbol.length());
                    assertThat(node.path("payload_truncated").asBoolean()).isTrue();
                    assertThat(node.path("payload").asText()).hasSize(64 * 1024);
                }
            }
            assertThat(reasons)
                    .hasSize(8)
                    .anySatisfy(r -> assertThat(r).startsWith("1 invalid trade: not valid JSON"))
                    .contains(
                            "3 invalid trade: field 'price' must be a number, got string \"abc\"",
                            "4 invalid trade: field 'price' must be a number, got string \"NaN\"",
                            "7 invalid trade: field 'price' must be a finite number above 0 and at"
                                    + " most 10000000, got -5.0",
                            "8 invalid trade: empty record: expected a JSON object",
                            "9 invalid trade: field 'symbol' must be 1-10 upper-case letters or"
                                    + " digits starting with a letter, optionally followed by a"
                                    + " class suffix such as .B, got '"
                                    + "X".repeat(40)
                                    + "... (1000000 characters)'",
                            "10 invalid trade: unknown field(s) [note]; allowed fields are [price,"
                                    + " size, symbol, ts]")
                    .anySatisfy(r -> assertThat(r).startsWith("5 invalid trade: not valid JSON"));

            List<String> rejections =
                    StackClients.readCommitted(
                            stack, run.topic("rule-rejections"), 4, Duration.ofMinutes(1));
            List<String> refused = new ArrayList<>();
            for (String rejection : rejections) {
                JsonNode node = JSON.readTree(rejection);
                refused.add(node.path("rule_id").asText() + " " + node.path("reason").asText());
            }
            assertThat(refused)
                    .hasSize(4)
                    .anySatisfy(r -> assertThat(r).startsWith(" invalid rule: not valid JSON"))
                    .contains(
                            "typo invalid rule: field 'when': unknown function 'prise' at position"
                                    + " 0 (known: abs, ask, bid, bollinger_lower, bollinger_upper,"
                                    + " change_pct, ema, price, rsi, sentiment, sma, spread,"
                                    + " tweet_count, volatility, volume, vwap)",
                            "huge invalid rule: field 'when': the condition exceeds the limit of"
                                    + " 1000 characters at position 1000 (it has 1000000)",
                            "nover invalid rule: missing required field 'version'");

            try (CqlSession cql = StackClients.cql(stack)) {
                StackClients.await(
                        "the 1-minute AAPL bar",
                        Duration.ofMinutes(1),
                        () -> bar(cql, run) != null);
                Row bar = bar(cql, run);
                assertThat(bar.getLong("trade_count")).isEqualTo(4);
                assertThat(bar.getLong("volume")).isEqualTo(100);
                assertThat(bar.getDouble("open")).isEqualTo(101.0);
                assertThat(bar.getDouble("close")).isEqualTo(104.0);
            }
            assertThat(run.restarts()).isZero();
            assertThat(run.state()).isEqualTo("RUNNING");
        }
    }

    private static Row bar(CqlSession cql, TradeStreamJobRun run) {
        return cql.execute(
                        "SELECT * FROM "
                                + run.keyspace()
                                + ".bars_by_symbol WHERE symbol = 'AAPL' AND resolution = '1m'"
                                + " AND day = '2026-11-23'")
                .one();
    }

    private static String json(String price, String size) {
        return "{\"symbol\":\"AAPL\",\"ts\":"
                + T0
                + ",\"price\":"
                + price
                + ",\"size\":"
                + size
                + "}";
    }

    private static String[] bad(String payload) {
        return new String[] {"AAPL", payload};
    }
}
