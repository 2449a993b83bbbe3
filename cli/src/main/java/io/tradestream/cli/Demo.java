package io.tradestream.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.ingestion.tweets.TweetSimulatorMain;
import io.tradestream.model.rules.Durations;
import io.tradestream.schema.Replication;
import io.tradestream.schema.SchemaMigrator;
import io.tradestream.stack.LocalStack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@code demo}: the whole system on this machine, one step at a time, each step skipped when it is
 * already done, so running it twice is harmless.
 */
final class Demo {
    /**
     * Alerts, watchlists and paper-trading strategies of the dashboard's demo traders, 'demo' and
     * 'alice', that fire and trade on the feed's most active symbols within a few minutes.
     */
    static final List<String> RULES =
            List.of(
                    "{\"id\":\"big-move\",\"owner\":\"demo\",\"kind\":\"alert\","
                            + "\"symbols\":[\"AAPL\",\"MSFT\",\"NVDA\",\"AMZN\",\"GOOGL\"],"
                            + "\"when\":\"abs(change_pct(1m)) >= 0.3\",\"cooldown\":\"1m\","
                            + "\"version\":%d}",
                    "{\"id\":\"momentum\",\"owner\":\"demo\",\"kind\":\"alert\","
                            + "\"symbols\":[\"AAPL\",\"TSLA\",\"META\"],"
                            + "\"when\":\"change_pct(30s) crosses_above 0.15\","
                            + "\"cooldown\":\"30s\",\"version\":%d}",
                    "{\"id\":\"wide-spread\",\"owner\":\"demo\",\"kind\":\"alert\","
                            + "\"symbols\":[\"AAPL\",\"MSFT\",\"TSLA\"],"
                            + "\"when\":\"spread / price * 10000 > 4\",\"cooldown\":\"5m\","
                            + "\"version\":%d}",
                    "{\"id\":\"buzz\",\"owner\":\"demo\",\"kind\":\"alert\","
                            + "\"symbols\":[\"AAPL\",\"TSLA\",\"NVDA\",\"MSFT\"],"
                            + "\"when\":\"sentiment(5m) > 0.3 and tweet_count(5m) >= 10\","
                            + "\"cooldown\":\"10m\",\"version\":%d}",
                    "{\"id\":\"movers\",\"owner\":\"demo\",\"kind\":\"watchlist\","
                            + "\"symbols\":[\"AAPL\",\"MSFT\",\"NVDA\",\"AMZN\",\"GOOGL\","
                            + "\"META\",\"TSLA\",\"AVGO\",\"AMD\",\"NFLX\"],"
                            + "\"threshold_pct\":0.5,\"window\":\"5m\",\"cooldown\":\"5m\","
                            + "\"version\":%d}",
                    "{\"id\":\"trend\",\"owner\":\"demo\",\"kind\":\"strategy\","
                            + "\"symbols\":[\"AAPL\",\"MSFT\",\"NVDA\",\"AMZN\",\"GOOGL\"],"
                            + "\"when\":\"sma(1m) crosses_above sma(5m)\",\"cooldown\":\"5m\","
                            + "\"order\":{\"side\":\"buy\",\"qty\":100,\"type\":\"market\"},"
                            + "\"exit\":{\"stop_loss_pct\":0.3,\"take_profit_pct\":0.5,"
                            + "\"max_holding\":\"15m\"},"
                            + "\"costs\":{\"slippage_bps\":2,\"commission_per_share\":0.005,"
                            + "\"commission_min\":1},\"version\":%d}",
                    "{\"id\":\"rebound\",\"owner\":\"demo\",\"kind\":\"strategy\","
                            + "\"symbols\":[\"TSLA\",\"META\",\"AMD\",\"AVGO\"],"
                            + "\"when\":\"rsi(14) < 35\","
                            + "\"order\":{\"side\":\"buy\",\"qty\":50,\"type\":\"limit\","
                            + "\"limit_pct\":0.02,\"tif\":\"day\"},"
                            + "\"exit\":{\"stop_loss_pct\":0.4,\"take_profit_pct\":0.4},"
                            + "\"version\":%d}",
                    "{\"id\":\"fade\",\"owner\":\"demo\",\"kind\":\"strategy\","
                            + "\"symbols\":[\"NVDA\",\"TSLA\",\"NFLX\"],"
                            + "\"when\":\"change_pct(1m) crosses_below -0.2\",\"cooldown\":\"5m\","
                            + "\"order\":{\"side\":\"sell\",\"qty\":50,\"type\":\"market\"},"
                            + "\"allow_short\":true,"
                            + "\"exit\":{\"stop_loss_pct\":0.3,\"take_profit_pct\":0.3,"
                            + "\"max_holding\":\"10m\"},\"version\":%d}",
                    "{\"id\":\"buzz-buyer\",\"owner\":\"demo\",\"kind\":\"strategy\","
                            + "\"symbols\":[\"AAPL\",\"TSLA\",\"NVDA\",\"MSFT\"],"
                            + "\"when\":\"sentiment(5m) > 0.2 and price > vwap(5m)\","
                            + "\"cooldown\":\"10m\","
                            + "\"order\":{\"side\":\"buy\",\"qty\":30,\"type\":\"market\"},"
                            + "\"exit\":{\"stop_loss_pct\":0.5,\"take_profit_pct\":0.5},"
                            + "\"version\":%d}",
                    "{\"id\":\"alice-movers\",\"owner\":\"alice\",\"kind\":\"watchlist\","
                            + "\"symbols\":[\"TSLA\",\"NVDA\",\"AMD\"],"
                            + "\"threshold_pct\":0.4,\"window\":\"5m\",\"cooldown\":\"5m\","
                            + "\"version\":%d}",
                    "{\"id\":\"alice-momentum\",\"owner\":\"alice\",\"kind\":\"strategy\","
                            + "\"symbols\":[\"MSFT\",\"GOOGL\",\"AMZN\"],"
                            + "\"when\":\"change_pct(1m) crosses_above 0.1\",\"cooldown\":\"5m\","
                            + "\"order\":{\"side\":\"buy\",\"qty\":20,\"type\":\"market\"},"
                            + "\"exit\":{\"stop_loss_pct\":0.3,\"take_profit_pct\":0.4,"
                            + "\"max_holding\":\"20m\"},\"version\":%d}");

    /** Enough tweets for minute-by-minute sentiment, few enough for one CoreNLP core. */
    private static final double TWEETS_PER_SECOND = 5;

    /** The sample day's most active symbols, which its tweets talk about. */
    private static final List<String> SAMPLE_DAY_TWEETED =
            List.of("AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "AVGO", "AMD", "NFLX");

    private final Path home;
    private final PrintStream out;

    Demo(Path home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    int run() throws Exception {
        LocalStack stack = stack();
        stack.kafka().createTopics(Topics.partitionsByTopic());
        out.println("Topics ready: " + String.join(", ", Topics.partitionsByTopic().keySet()));
        try (CqlSession session = TradeStreamCli.cqlSession(stack)) {
            int applied =
                    new SchemaMigrator(session)
                            .migrate(TradeStreamCli.KEYSPACE, Replication.simple(1))
                            .size();
            out.println(
                    "Schema ready in keyspace "
                            + TradeStreamCli.KEYSPACE
                            + (applied == 0 ? "" : " (" + applied + " migration(s) applied)"));
        }
        String jobId = job(stack);
        sendRules(stack);
        SampleDay sampleDay =
                new SampleDay(home, SampleDay.lastWeekdayBefore(LocalDate.now(SampleDay.NEW_YORK)));
        replaySampleDay(stack, sampleDay);
        String kafka = stack.kafka().bootstrapServers();
        startInBackground(
                BackgroundProcess.marketFeed(home),
                List.of("--bootstrap-servers", kafka, "--pace", "realtime"));
        startInBackground(
                BackgroundProcess.tweetFeed(home),
                List.of(
                        "--bootstrap-servers",
                        kafka,
                        "--rate",
                        Double.toString(TWEETS_PER_SECOND)));
        DashboardLauncher dashboard = new DashboardLauncher(home);
        startInBackground(BackgroundProcess.dashboard(home), dashboard.arguments(stack));
        dashboard.awaitAndSignUpDemoUsers(Duration.ofMinutes(1));
        printWhereToLook(stack, jobId, sampleDay);
        return 0;
    }

    private LocalStack stack() {
        Optional<LocalStack> running = LocalStack.attach(home).filter(LocalStack::isRunning);
        if (running.isPresent()) {
            out.println("The local stack is already running.");
            return running.get();
        }
        out.println(
                "Starting Kafka, Cassandra and a Flink session cluster (about 30 s; logs in "
                        + home.resolve("logs")
                        + ")...");
        return TradeStreamCli.startStack(home);
    }

    private String job(LocalStack stack) {
        JsonNode jobs = stack.flink().rest().getJson("/jobs/overview").path("jobs");
        for (JsonNode job : jobs) {
            if ("TradeStream".equals(job.path("name").asText())
                    && "RUNNING".equals(job.path("state").asText())) {
                out.println("The TradeStream job is already running: " + job.path("jid").asText());
                return job.path("jid").asText();
            }
        }
        out.println("Submitting the TradeStream job with the Flink CLI...");
        String jobId = JobSubmission.submit(stack, List.of());
        stack.flink().rest().awaitJobState(jobId, "RUNNING", Duration.ofMinutes(2));
        out.println("Job " + jobId + " is RUNNING.");
        return jobId;
    }

    private void sendRules(LocalStack stack) throws Exception {
        // A newer version each time, so that running the demo again updates the rules instead
        // of being refused as stale.
        long version = System.currentTimeMillis();
        TopicRecords records = new TopicRecords(stack.kafka().bootstrapServers());
        for (String rule : RULES) {
            records.send("rules", null, rule.formatted(version));
        }
        out.println(
                "Sent "
                        + RULES.size()
                        + " rules of users 'demo' and 'alice' (alerts, watchlists, paper-trading"
                        + " strategies) to the rules topic.");
    }

    /**
     * Replays the sample day before the live feeds start: its events are older, and arriving after
     * newer ones they would be late.
     */
    private void replaySampleDay(LocalStack stack, SampleDay day) throws Exception {
        if (day.replayed()) {
            out.println("The sample day " + day.date() + " was replayed before.");
            return;
        }
        out.println("Replaying the sample trading day " + day.date() + " (TAQ files)...");
        day.replay(stack.kafka().bootstrapServers(), out, out);
        out.println("Simulating the sample day's tweets...");
        int status =
                TweetSimulatorMain.run(
                        new String[] {
                            "--bootstrap-servers", stack.kafka().bootstrapServers(),
                            "--start", day.open().toInstant().toString(),
                            "--duration", Durations.format(SampleDay.LENGTH.toMillis()),
                            "--rate", Double.toString(TWEETS_PER_SECOND),
                            "--symbols", String.join(",", SAMPLE_DAY_TWEETED)
                        },
                        out,
                        out);
        if (status != 0) {
            throw new IllegalStateException("the sample day's tweets failed (exit " + status + ")");
        }
    }

    private void startInBackground(BackgroundProcess feed, List<String> args) throws Exception {
        if (feed.running().isPresent()) {
            out.println("The " + feed.description() + " is already running.");
            return;
        }
        long pid = feed.start(args);
        out.println(
                "Started the "
                        + feed.description()
                        + " in the background (PID "
                        + pid
                        + ", log "
                        + feed.logFile()
                        + ").");
    }

    private void printWhereToLook(LocalStack stack, String jobId, SampleDay sampleDay) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String sampleDate = sampleDay.date().toString();
        out.println();
        out.println("TradeStream is running.");
        out.println(
                "  Dashboard:      "
                        + DashboardLauncher.url()
                        + " (sign in as "
                        + String.join(" or ", DashboardLauncher.DEMO_USERS)
                        + ", password "
                        + DashboardLauncher.DEMO_PASSWORD
                        + ")");
        out.println("  Flink web UI:   " + stack.flink().restUrl() + "/#/job/running/" + jobId);
        out.println("  Alerts (Kafka): ./tradestream read alerts --max 10");
        out.println(
                "  Alerts (Cassandra): ./tradestream cql \"SELECT ts, symbol, message FROM"
                        + " tradestream.alerts_by_user WHERE user_id = 'demo' AND day = '"
                        + today
                        + "' LIMIT 10\"");
        out.println(
                "  Bars (Cassandra):   ./tradestream cql \"SELECT ts, open, high, low, close,"
                        + " volume FROM tradestream.bars_by_symbol WHERE symbol = 'AAPL' AND"
                        + " resolution = '1m' AND day = '"
                        + today
                        + "' LIMIT 5\"");
        out.println(
                "  Sample day bars:    ./tradestream cql \"SELECT ts, close, volume, buy_volume,"
                        + " sell_volume, sma, rsi FROM tradestream.bars_by_symbol WHERE symbol ="
                        + " 'AAPL' AND resolution = '1m' AND day = '"
                        + sampleDate
                        + "'\"");
        out.println(
                "  Sentiment:          ./tradestream cql \"SELECT ts, window_length, mean,"
                        + " tweet_count FROM tradestream.sentiment_by_symbol WHERE symbol = 'AAPL'"
                        + " AND day IN ('"
                        + sampleDate
                        + "', '"
                        + today
                        + "') LIMIT 5\"");
        out.println(
                "  Positions:          ./tradestream cql \"SELECT symbol, strategy_id, quantity,"
                        + " average_cost, realized_pnl, unrealized_pnl FROM"
                        + " tradestream.positions_by_user WHERE user_id = 'demo'\"");
        out.println(
                "  Fills:              ./tradestream cql \"SELECT ts, strategy_id, symbol, side,"
                        + " quantity, price, reason FROM tradestream.fills_by_user WHERE user_id ="
                        + " 'demo' AND day IN ('"
                        + sampleDate
                        + "', '"
                        + today
                        + "') LIMIT 10\"");
        out.println(
                "  P&L history:        ./tradestream cql \"SELECT ts, strategy_id, equity,"
                        + " max_drawdown, trades, win_rate, sharpe FROM"
                        + " tradestream.pnl_history_by_user WHERE user_id = 'demo' AND day = '"
                        + today
                        + "' LIMIT 10\"");
        out.println("  Your own rule:  see README.md, 'Sending a rule by hand'");
        out.println("  Status / logs:  ./tradestream status, ./tradestream logs");
        out.println("  Stop it all:    ./tradestream down");
    }
}
