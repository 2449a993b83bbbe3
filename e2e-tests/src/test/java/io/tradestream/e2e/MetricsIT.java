package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.json.MarketJson;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job's metrics, read through Flink's REST API as the web UI reads them, after known input: six
 * valid market events of the last minute, three malformed market records and two malformed tweets,
 * an alert and a strategy on the same condition that each fire once.
 *
 * <pre>
 * B+1 s  quote 99.9 / 100.1
 * B+2 s  trade 99: "price > 100" is false
 * B+3 s  trade 101: it becomes true; the alert fires and the strategy buys 10 at the ask
 * B+4 s  trade 101.5: still true, nothing fires
 * B+8 s  quote and trade: event time moves past B+4 s (8 s less the 2 s bound), not to a minute mark
 * </pre>
 */
@ExtendWith(LocalStackExtension.class)
class MetricsIT {
    private static final String SYMBOL = "MTRC";

    private static final String STRATEGY =
            "{\"id\":\"breakout\",\"owner\":\"mia\",\"kind\":\"strategy\",\"symbols\":[\""
                    + SYMBOL
                    + "\"],\"when\":\"price > 100\",\"version\":1,"
                    + "\"order\":{\"side\":\"buy\",\"qty\":10,\"type\":\"market\"}}";

    @Test
    void countersGaugesAndLatencyHistogramsReadThroughTheRestApi(LocalStack stack)
            throws Exception {
        // The minute before this one: recent event time, and no minute mark within reach.
        long base = Math.floorDiv(System.currentTimeMillis(), 60_000) * 60_000 - 60_000;
        try (TradeStreamJobRun run = TradeStreamJobRun.prepare(stack, "metrics")) {
            StackClients.produce(
                    stack,
                    run.topic("rules"),
                    List.of(
                            PipelineIT.rule(
                                    "mia", "above", "[\"" + SYMBOL + "\"]", "price > 100", ""),
                            new String[] {"mia", STRATEGY}));
            run.submitAndAwaitRules(2);

            long producedAt = System.currentTimeMillis();
            StackClients.produce(
                    stack,
                    run.topic("ticker-keywords"),
                    List.of(new String[] {"1", "not json"}, new String[] {"2", "{}"}));
            // Trades and quotes are read by different source tasks, and a task that has read
            // nothing is idle, so the first to read sets event time alone: each step waits until
            // the market pipeline has taken the last before the next can pass it.
            StackClients.produce(
                    stack,
                    run.topic("quotes"),
                    List.<String[]>of(quote(base + 1_000, 99.9, 100.1)));
            awaitMarketEventsIn(run, 1);
            StackClients.produce(
                    stack,
                    run.topic("trades"),
                    List.of(
                            new String[] {SYMBOL, "not json"},
                            new String[] {SYMBOL, "{\"symbol\":\"" + SYMBOL + "\"}"},
                            new String[] {
                                SYMBOL,
                                "{\"symbol\":\""
                                        + SYMBOL
                                        + "\",\"ts\":"
                                        + (base + 1_500)
                                        + ",\"price\":-5.0,\"size\":10}"
                            },
                            trade(base + 2_000, 99.0),
                            trade(base + 3_000, 101.0),
                            trade(base + 4_000, 101.5),
                            trade(base + 8_000, 102.0)));
            awaitMarketEventsIn(run, 5);
            StackClients.produce(
                    stack,
                    run.topic("quotes"),
                    List.<String[]>of(quote(base + 8_000, 101.9, 102.1)));

            Map<String, Long> expected = new LinkedHashMap<>();
            expected.put("Route malformed market data malformedRecords", 3L);
            expected.put("Route malformed keyword changes malformedRecords", 2L);
            expected.put("Trade-quote as-of join numRecordsIn", 6L);
            expected.put("Rule engine alertsFired", 1L);
            expected.put("Rule engine ordersFilled", 1L);
            for (String rows : WRITES) {
                expected.put(rows + " numRecordsIn", 1L);
                expected.put(rows + " endToEndLatencyCount", 1L);
            }
            AtomicReference<Map<String, Long>> counters = new AtomicReference<>();
            try {
                StackClients.await(
                        "the counters",
                        Duration.ofMinutes(2),
                        () -> {
                            counters.set(counters(run, expected));
                            return counters.get().equals(expected);
                        });
            } catch (AssertionError timedOut) {
                assertThat(counters.get()).as(timedOut.getMessage()).isEqualTo(expected);
            }
            long readAt = System.currentTimeMillis();

            assertThat(values(run, "Rule engine", "activeRules"))
                    .as("every engine task holds both rules")
                    .isNotEmpty()
                    .containsOnly(2.0);
            for (String operator : List.of("Rule engine", "Trade-quote as-of join")) {
                assertThat(values(run, operator, "numRecordsInPerSecond"))
                        .as(operator + " input rate")
                        .isNotEmpty()
                        .allMatch(rate -> rate >= 0);
                // The watermark seen last is at most the last event less the 2 s bound, and at
                // least the earliest event, B+1 s.
                assertThat(max(values(run, operator, "eventTimeLagMillis")))
                        .as(operator + " event-time lag")
                        .isBetween((double) producedAt - (base + 8_000), (double) readAt - base);
            }
            for (String rows : WRITES) {
                double median = max(values(run, rows, "endToEndLatencyMillis_median"));
                double p99 = max(values(run, rows, "endToEndLatencyMillis_p99"));
                assertThat(median).as(rows + " median latency").isPositive();
                assertThat(p99)
                        .as(rows + " p99 latency: within the test's time")
                        .isBetween(median, (double) readAt - producedAt);
            }
            assertThat(run.restarts()).isZero();
        }
    }

    /** Waits until the trade-quote join has taken {@code count} valid trades and quotes. */
    private static void awaitMarketEventsIn(TradeStreamJobRun run, long count)
            throws InterruptedException {
        StackClients.await(
                count + " market events in the trade-quote join",
                Duration.ofMinutes(1),
                () -> sum(run, "Trade-quote as-of join", "numRecordsIn") >= count);
    }

    /** The operators whose rows carry the latency histogram. */
    private static final List<String> WRITES =
            List.of(
                    "Alerts to rows",
                    "Fills to rows",
                    "Positions to rows by symbol",
                    "Positions to rows by user");

    /** Each "operator metric" key of {@code expected}, summed over the operator's subtasks. */
    private static Map<String, Long> counters(TradeStreamJobRun run, Map<String, Long> expected) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (String key : expected.keySet()) {
            int split = key.lastIndexOf(' ');
            sums.put(key, sum(run, key.substring(0, split), key.substring(split + 1)));
        }
        return sums;
    }

    /** The metric summed over the operator's subtasks, or -1 if no subtask reports it. */
    private static long sum(TradeStreamJobRun run, String operator, String metric) {
        List<Double> values = values(run, operator, metric);
        return values.isEmpty() ? -1 : (long) values.stream().mapToDouble(v -> v).sum();
    }

    /** The metric's value in every subtask of the operator named {@code operator}. */
    private static List<Double> values(TradeStreamJobRun run, String operator, String metric) {
        String wanted = (operator + "." + metric).replace(' ', '_');
        List<Double> values = new ArrayList<>();
        run.operatorMetric(metric)
                .forEach(
                        (id, value) -> {
                            // Ids are <subtask>.<operator>.<metric>.
                            String name = id.substring(id.indexOf('.') + 1).replace(' ', '_');
                            if (name.equals(wanted)) {
                                values.add(Double.parseDouble(value));
                            }
                        });
        return values;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(v -> v).max().orElse(Double.NaN);
    }

    private static String[] trade(long timestamp, double price) {
        return new String[] {SYMBOL, MarketJson.toJson(new Trade(SYMBOL, timestamp, price, 10))};
    }

    private static String[] quote(long timestamp, double bid, double ask) {
        return new String[] {
            SYMBOL, MarketJson.toJson(new Quote(SYMBOL, timestamp, bid, 100, ask, 200))
        };
    }
}
