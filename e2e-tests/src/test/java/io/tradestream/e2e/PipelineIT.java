package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.json.MarketJson;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shaded job jar on the real stack: trades, quotes and rules produced to Kafka become exact
 * bars and alerts in Cassandra and exact records on the {@code alerts} topic.
 */
@ExtendWith(LocalStackExtension.class)
class PipelineIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final long T0 = Instant.parse("2026-11-23T14:30:00Z").toEpochMilli();

    @Test
    void tradesBecomeBarsAndAlertsInCassandraAndOnKafka(LocalStack stack) throws Exception {
        try (TradeStreamJobRun run = TradeStreamJobRun.prepare(stack, "pipeline")) {
            StackClients.produce(
                    stack,
                    run.topic("rules"),
                    List.of(
                            rule("alice", "breakout", "[\"AAPL\"]", "price crosses_above 200", ""),
                            rule(
                                    "bob",
                                    "swing",
                                    "[\"MSFT\"]",
                                    "abs(change_pct(5s)) >= 2",
                                    ",\"cooldown\":\"10s\"")));
            run.submitAndAwaitRules(2);

            StackClients.produce(
                    stack,
                    run.topic("trades"),
                    List.of(
                            trade("MSFT", 0, 100.0, 10),
                            trade("AAPL", 100, 199.0, 100),
                            trade("AAPL", 600, 199.5, 200),
                            trade("AAPL", 1_200, 201.0, 100),
                            trade("AAPL", 1_800, 202.0, 50),
                            trade("AAPL", 2_500, 198.0, 100),
                            trade("MSFT", 3_000, 101.0, 10),
                            trade("MSFT", 5_000, 101.5, 10),
                            trade("MSFT", 6_000, 102.5, 10),
                            trade("MSFT", 7_000, 103.0, 10)));
            StackClients.produce(
                    stack,
                    run.topic("quotes"),
                    List.<String[]>of(quote("AAPL", 500, 199.4, 199.6)));
            // Only once all of that is processed does event time move past the minute on every
            // partition, so that every bar closes and no test trade is late for its bar.
            StackClients.awaitConsumed(
                    stack,
                    run.groupId(),
                    List.of(run.topic("trades"), run.topic("quotes")),
                    Duration.ofMinutes(1));
            StackClients.produce(
                    stack,
                    run.topic("quotes"),
                    List.<String[]>of(quote("ZZZZ", 300_000, 0.99, 1.01)));
            StackClients.produce(
                    stack, run.topic("trades"), List.<String[]>of(trade("ZZZZ", 300_000, 1.0, 1)));

            try (CqlSession cql = StackClients.cql(stack)) {
                // The sink writes asynchronously: wait for every expected row, then compare.
                StackClients.await(
                        "all bars in Cassandra",
                        Duration.ofMinutes(2),
                        () ->
                                rows(cql, run, "AAPL", "1s").size() == 3
                                        && rows(cql, run, "MSFT", "1s").size() == 5
                                        && rows(cql, run, "AAPL", "1m").size() == 1
                                        && rows(cql, run, "MSFT", "1m").size() == 1);
                assertThat(rows(cql, run, "AAPL", "1s"))
                        .containsExactly(
                                "2026-11-23T14:30:02Z 198.0 198.0 198.0 198.0 100 198.0 1",
                                "2026-11-23T14:30:01Z 201.0 202.0 201.0 202.0 150 201.333 2",
                                "2026-11-23T14:30:00Z 199.0 199.5 199.0 199.5 300 199.333 2");
                assertThat(rows(cql, run, "AAPL", "1m"))
                        .containsExactly(
                                "2026-11-23T14:30:00Z 199.0 202.0 198.0 198.0 550 199.636 5");
                assertThat(rows(cql, run, "MSFT", "1s")).hasSize(5);
                assertThat(rows(cql, run, "MSFT", "1m"))
                        .containsExactly("2026-11-23T14:30:00Z 100.0 103.0 100.0 103.0 50 101.6 5");

                assertThat(alerts(cql, run, "alice"))
                        .containsExactly(
                                "2026-11-23T14:30:01.200Z alice:breakout:AAPL:"
                                        + (T0 + 1_200)
                                        + " breakout 1 AAPL 201.0 AAPL: price crosses_above 200"
                                        + " (price 201)");
                assertThat(alerts(cql, run, "bob"))
                        .containsExactly(
                                "2026-11-23T14:30:06Z bob:swing:MSFT:"
                                        + (T0 + 6_000)
                                        + " swing 1 MSFT 102.5 MSFT: abs(change_pct(5s)) >= 2"
                                        + " (price 102.5)");
            }

            List<String> alerts =
                    StackClients.readCommitted(
                            stack, run.topic("alerts"), 2, Duration.ofMinutes(1));
            assertThat(alerts).hasSize(2);
            List<String> summaries = new ArrayList<>();
            for (String alert : alerts) {
                JsonNode node = JSON.readTree(alert);
                summaries.add(
                        node.path("user_id").asText()
                                + " "
                                + node.path("rule_id").asText()
                                + " "
                                + node.path("symbol").asText()
                                + " "
                                + node.path("ts").asLong()
                                + " "
                                + node.path("price").asDouble());
            }
            assertThat(summaries)
                    .containsExactlyInAnyOrder(
                            "alice breakout AAPL " + (T0 + 1_200) + " 201.0",
                            "bob swing MSFT " + (T0 + 6_000) + " 102.5");
            assertThat(run.restarts()).isZero();
            JsonNode checkpoints =
                    stack.flink().rest().getJson("/jobs/" + run.jobId() + "/checkpoints/config");
            assertThat(checkpoints.path("mode").asText()).isEqualTo("exactly_once");
            assertThat(checkpoints.path("state_backend").asText())
                    .isEqualTo("EmbeddedRocksDBStateBackend");
        }
    }

    static String[] trade(String symbol, long offset, double price, long size) {
        return new String[] {
            symbol, MarketJson.toJson(new Trade(symbol, T0 + offset, price, size))
        };
    }

    private static String[] quote(String symbol, long offset, double bid, double ask) {
        return new String[] {
            symbol, MarketJson.toJson(new Quote(symbol, T0 + offset, bid, 100, ask, 200))
        };
    }

    static String[] rule(String owner, String id, String symbols, String when, String extra) {
        return new String[] {
            owner,
            "{\"id\":\""
                    + id
                    + "\",\"owner\":\""
                    + owner
                    + "\",\"kind\":\"alert\",\"symbols\":"
                    + symbols
                    + ",\"when\":\""
                    + when
                    + "\",\"version\":1"
                    + extra
                    + "}"
        };
    }

    /** A symbol's bars of the test day, newest first, as "ts open high low close volume vwap n". */
    static List<String> rows(
            CqlSession cql, TradeStreamJobRun run, String symbol, String resolution) {
        List<String> rows = new ArrayList<>();
        for (Row row :
                cql.execute(
                        "SELECT ts, open, high, low, close, volume, vwap, trade_count FROM "
                                + run.keyspace()
                                + ".bars_by_symbol WHERE symbol = ? AND resolution = ? AND day ="
                                + " '2026-11-23'",
                        symbol,
                        resolution)) {
            rows.add(
                    row.getInstant("ts")
                            + " "
                            + row.getDouble("open")
                            + " "
                            + row.getDouble("high")
                            + " "
                            + row.getDouble("low")
                            + " "
                            + row.getDouble("close")
                            + " "
                            + row.getLong("volume")
                            + " "
                            + Math.round(row.getDouble("vwap") * 1000) / 1000.0
                            + " "
                            + row.getLong("trade_count"));
        }
        return rows;
    }

    private static List<String> alerts(CqlSession cql, TradeStreamJobRun run, String user) {
        List<String> rows = new ArrayList<>();
        for (Row row :
                cql.execute(
                        "SELECT ts, id, rule_id, rule_version, symbol, price, message FROM "
                                + run.keyspace()
                                + ".alerts_by_user WHERE user_id = ? AND day = '2026-11-23'",
                        user)) {
            rows.add(
                    row.getInstant("ts")
                            + " "
                            + row.getString("id")
                            + " "
                            + row.getString("rule_id")
                            + " "
                            + row.getLong("rule_version")
                            + " "
                            + row.getString("symbol")
                            + " "
                            + row.getDouble("price")
                            + " "
                            + row.getString("message"));
        }
        return rows;
    }
}
