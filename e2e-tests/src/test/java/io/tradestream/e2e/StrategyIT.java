package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.json.MarketJson;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentiment-plus-price strategy on the real stack: it buys when AAPL's tweets turn bullish while
 * the price is below 191, is stopped out, and its fills, position and P&L land in Cassandra with
 * the values computed here by hand. A backtest of the same records then writes the same rows.
 *
 * <pre>
 * 14:31:15  the bullish minute 14:30 is published (its end plus 15 s); price 190 is below 191:
 *           buy 100 at market, at the ask 190.10 plus 5 bps = 190.19505, commission
 *           max(1, 100 x 0.005) = 1
 * 14:31:25  the bid 188.00 is below the stop 190.19505 x 0.99 = 188.2930995: sell 100 at market,
 *           at the bid less 5 bps = 187.906, commission 1; realized (187.906 - 190.19505) x 100
 *           = -228.905
 * P&L       14:32 equity 100,000 - 228.905 - 2 = 99,769.095, drawdown 230.905, one closing trade,
 *           no win (no point at 14:31: the position opened after it)
 * </pre>
 */
@ExtendWith(LocalStackExtension.class)
class StrategyIT {
    private static final long T0 = PipelineIT.T0;
    private static final String DAY = "2026-11-23";

    private static final String STRATEGY =
            "{\"id\":\"buzz-dip\",\"owner\":\"zoe\",\"kind\":\"strategy\",\"symbols\":[\"AAPL\"],"
                    + "\"when\":\"sentiment(1m) > 0.2 and price < 191\",\"version\":1,"
                    + "\"order\":{\"side\":\"buy\",\"qty\":100,\"type\":\"market\"},"
                    + "\"exit\":{\"stop_loss_pct\":1},"
                    + "\"costs\":{\"slippage_bps\":5,\"commission_per_share\":0.005,"
                    + "\"commission_min\":1}}";

    /**
     * The market before the minute of tweets closes, and after it. Trades and quotes both end at
     * 14:32:10: event time is the earlier of the two partitions', and a partition whose reader has
     * nothing more to read is never declared idle.
     */
    private static final List<String> TRADES_BEFORE = List.of(trade(1_000, 190.0));

    private static final List<String> QUOTES_BEFORE = List.of(quote(1_000, 189.9, 190.1));
    private static final List<String> TRADES_AFTER =
            List.of(trade(125_000, 190.5), trade(130_000, 190.6));

    /**
     * The minute of tweets reaches the strategy at 14:31:15 (its end plus the 15 s publication
     * delay): it buys at the ask then, 190.1, and the bid of 14:31:25 stops it out.
     */
    private static final List<String> QUOTES_AFTER =
            List.of(
                    quote(76_000, 189.8, 190.0),
                    quote(85_000, 188.0, 188.2),
                    quote(130_000, 190.5, 190.7));

    /** Bullish tweets in the first minute; the last moves the tweets' event time past it. */
    private static final List<String> TWEETS =
            List.of(
                    tweet("2001", 5_000, "$AAPL crushed earnings, to the moon"),
                    tweet("2002", 10_000, "Apple upgraded to buy at Morgan Stanley, very bullish"),
                    tweet("2003", 20_000, "$AAPL what a great quarter, buying more"),
                    tweet("2004", 65_000, "$ZZZZ flush"));

    @TempDir Path files;

    @Test
    void buysOnBullishTweetsIsStoppedOutAndABacktestAgrees(LocalStack stack) throws Exception {
        Map<String, List<String>> live;
        try (TradeStreamJobRun run = TradeStreamJobRun.prepare(stack, "strategy")) {
            StackClients.produce(stack, run.topic("rules"), keyed(List.of(STRATEGY)));
            run.submitAndAwaitRules(1);
            try (CqlSession cql = StackClients.cql(stack)) {
                // Live, each input moves event time on its own and a quiet one is left behind
                // (idleness): the market must not run past the minute of tweets before that
                // minute reaches the engine. So the records go in event-time order, in steps.
                StackClients.produce(stack, run.topic("quotes"), keyed(QUOTES_BEFORE));
                StackClients.produce(stack, run.topic("trades"), keyed(TRADES_BEFORE));
                StackClients.awaitConsumed(
                        stack,
                        run.groupId(),
                        List.of(run.topic("trades"), run.topic("quotes")),
                        Duration.ofMinutes(1));
                StackClients.produce(stack, run.topic("tweets"), keyed(TWEETS));
                StackClients.await(
                        "the minute of tweets",
                        Duration.ofMinutes(2),
                        () ->
                                !rows(
                                                cql,
                                                run.keyspace(),
                                                "SELECT ts FROM %s.sentiment_by_symbol WHERE"
                                                        + " symbol = 'AAPL' AND day = '"
                                                        + DAY
                                                        + "'")
                                        .isEmpty());
                StackClients.produce(stack, run.topic("quotes"), keyed(QUOTES_AFTER));
                StackClients.produce(stack, run.topic("trades"), keyed(TRADES_AFTER));

                StackClients.await(
                        "the P&L after the stop loss",
                        Duration.ofMinutes(3),
                        () -> rows(cql, run.keyspace(), PNL).size() == 2);
                live = tables(cql, run.keyspace());
            }
            assertThat(run.restarts()).isZero();
        }

        assertThat(live.get(FILLS))
                .containsExactly(
                        "14:31:25 zoe:buzz-dip:AAPL:2 sell 100 187.906 1.0 stop_loss market"
                                + " -228.905 0",
                        "14:31:15 zoe:buzz-dip:AAPL:1 buy 100 190.19505 1.0 signal market 0.0 100");
        // Valued at the last trade, 190, when the stop loss closed it.
        assertThat(live.get(POSITIONS))
                .containsExactly("AAPL buzz-dip 0 0.0 190.0 -228.905 0.0 2.0 1 0");
        assertThat(live.get(PNL))
                .containsExactly(
                        "14:32:00 * 99769.095 -228.905 0.0 2.0 230.905 1 0.0",
                        "14:32:00 buzz-dip 99769.095 -228.905 0.0 2.0 230.905 1 0.0");
        assertThat(live.get(RULES)).containsExactly("buzz-dip strategy active 1 null");
        assertThat(live.get(DIRECTORY)).containsExactly("[AAPL] 1 0");

        try (TradeStreamJobRun backtest = TradeStreamJobRun.prepare(stack, "strategybt")) {
            backtest.backtest(writeFiles());
            try (CqlSession cql = StackClients.cql(stack)) {
                assertThat(tables(cql, backtest.keyspace())).isEqualTo(live);
            }
        }
    }

    private Path writeFiles() throws Exception {
        write("rules", List.of(STRATEGY));
        write("trades", concat(TRADES_BEFORE, TRADES_AFTER));
        write("quotes", concat(QUOTES_BEFORE, QUOTES_AFTER));
        write("tweets", TWEETS);
        return files;
    }

    private void write(String topic, List<String> records) throws Exception {
        Files.write(Files.createDirectories(files.resolve(topic)).resolve("part-0.jsonl"), records);
    }

    private static final String FILLS =
            "SELECT ts, fill_id, side, quantity, price, commission, reason, order_type,"
                    + " realized_pnl, position_after FROM %s.fills_by_user WHERE user_id = 'zoe'"
                    + " AND day = '"
                    + DAY
                    + "'";
    private static final String POSITIONS =
            "SELECT symbol, strategy_id, quantity, average_cost, market_price, realized_pnl,"
                    + " unrealized_pnl, fees, trades, winning_trades FROM %s.positions_by_user"
                    + " WHERE user_id = 'zoe'";
    private static final String PNL =
            "SELECT ts, strategy_id, equity, realized_pnl, unrealized_pnl, fees, max_drawdown,"
                    + " trades, win_rate FROM %s.pnl_history_by_user WHERE user_id = 'zoe' AND"
                    + " day = '"
                    + DAY
                    + "'";
    private static final String RULES =
            "SELECT rule_id, kind, status, version, last_rejection FROM %s.rules_by_user WHERE"
                    + " user_id = 'zoe'";
    private static final String DIRECTORY =
            "SELECT watched_symbols, active_rules, paused_rules FROM %s.user_directory WHERE"
                    + " user_id = 'zoe'";

    /** The strategy's tables, each row as the test reads it; the same for positions by symbol. */
    private static Map<String, List<String>> tables(CqlSession cql, String keyspace) {
        List<String> bySymbol =
                rows(
                        cql,
                        keyspace,
                        "SELECT symbol, strategy_id, quantity, average_cost, market_price,"
                                + " realized_pnl, unrealized_pnl, fees, trades, winning_trades"
                                + " FROM %s.positions_by_symbol WHERE symbol = 'AAPL'");
        List<String> byUser = rows(cql, keyspace, POSITIONS);
        assertThat(bySymbol).as("positions by symbol and by user").isEqualTo(byUser);
        return Map.of(
                FILLS, rows(cql, keyspace, FILLS),
                POSITIONS, byUser,
                PNL, rows(cql, keyspace, PNL),
                RULES, rows(cql, keyspace, RULES),
                DIRECTORY, rows(cql, keyspace, DIRECTORY));
    }

    /** Each row's columns joined by spaces, times as HH:mm:ss UTC, numbers rounded to 6 places. */
    private static List<String> rows(CqlSession cql, String keyspace, String query) {
        List<String> rows = new ArrayList<>();
        for (Row row : cql.execute(String.format(query, keyspace))) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < row.getColumnDefinitions().size(); i++) {
                Object value = row.getObject(i);
                if (value instanceof Instant instant) {
                    columns.add(instant.toString().substring(11, 19));
                } else if (value instanceof Double number) {
                    columns.add(Double.toString(Math.round(number * 1_000_000) / 1_000_000.0));
                } else {
                    columns.add(String.valueOf(value));
                }
            }
            rows.add(String.join(" ", columns));
        }
        return rows;
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static List<String[]> keyed(List<String> records) {
        return records.stream().map(record -> new String[] {"AAPL", record}).toList();
    }

    private static String trade(long offset, double price) {
        return MarketJson.toJson(new Trade("AAPL", T0 + offset, price, 10));
    }

    private static String quote(long offset, double bid, double ask) {
        return MarketJson.toJson(new Quote("AAPL", T0 + offset, bid, 100, ask, 200));
    }

    private static String tweet(String id, long offset, String text) {
        return "{\"id\":\""
                + id
                + "\",\"text\":\""
                + text
                + "\",\"created_at\":\""
                + Instant.ofEpochMilli(T0 + offset)
                + "\",\"author_id\":\"42\",\"lang\":\"en\"}";
    }
}
