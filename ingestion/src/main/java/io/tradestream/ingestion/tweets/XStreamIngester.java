package io.tradestream.ingestion.tweets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradestream.ingestion.taq.Sleeper;
import io.tradestream.model.json.ParseResult;
import io.tradestream.model.json.TweetJson;
import io.tradestream.model.tweets.Tweet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads the X API v2 filtered stream into a tweet sink: syncs TradeStream's stream rules, then
 * keeps a connection open and reconnects with {@link Backoff} whenever it drops, stalls or is
 * refused.
 *
 * <p>The stream sends a tweet per line and a blank keep-alive line about every 20 s; a connection
 * that sends nothing for the stall timeout is closed and reopened. Error objects in the stream and
 * malformed lines are reported and skipped. An authentication or permission refusal (401, 403) is
 * not retried: it needs a person.
 */
final class XStreamIngester {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final XApiClient api;
    private final TweetSink sink;
    private final Clock clock;
    private final Sleeper sleeper;
    private final long stallTimeoutMillis;
    private final PrintStream report;
    private final Backoff backoff = new Backoff();
    private volatile boolean stopRequested;
    private volatile InputStream openStream;
    private long tweets;
    private long problems;

    XStreamIngester(
            XApiClient api,
            TweetSink sink,
            Clock clock,
            Sleeper sleeper,
            long stallTimeoutMillis,
            PrintStream report) {
        this.api = api;
        this.sink = sink;
        this.clock = clock;
        this.sleeper = sleeper;
        this.stallTimeoutMillis = stallTimeoutMillis;
        this.report = report;
    }

    /**
     * Replaces TradeStream's stream rules (tag {@value StreamRules#TAG}) with {@code wanted},
     * keeping rules that are already there and rules of other tags.
     */
    void syncRules(List<String> wanted) throws IOException, InterruptedException {
        List<String> stale = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (XApiClient.Rule rule : api.rules()) {
            if (!StreamRules.TAG.equals(rule.tag())) {
                continue;
            }
            if (wanted.contains(rule.value())) {
                present.add(rule.value());
            } else {
                stale.add(rule.id());
            }
        }
        if (!stale.isEmpty()) {
            api.deleteRules(stale);
        }
        List<String> missing = wanted.stream().filter(rule -> !present.contains(rule)).toList();
        if (!missing.isEmpty()) {
            api.addRules(missing, StreamRules.TAG);
        }
        report.printf(
                "stream rules: %d kept, %d added, %d removed%n",
                present.size(), missing.size(), stale.size());
    }

    /**
     * Reads the stream until {@link #stop()} or a refusal that retrying cannot fix.
     *
     * @return the number of tweets sent
     * @throws XApiClient.ApiException for a 401 or 403 answer
     */
    long run() throws IOException, InterruptedException {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        try {
            while (!stopRequested) {
                long wait = readOnce(watchdog);
                if (!stopRequested && wait > 0) {
                    report.printf("reconnecting in %.2f s%n", wait / 1000.0);
                    sleeper.sleep(wait * 1_000_000);
                }
            }
        } finally {
            watchdog.shutdownNow();
            sink.flush();
        }
        return tweets;
    }

    /** Stops a running {@link #run()}: the open connection is closed. */
    void stop() {
        stopRequested = true;
        closeQuietly(openStream);
    }

    long problems() {
        return problems;
    }

    /** One connection; returns how long to wait before the next. */
    private long readOnce(ScheduledExecutorService watchdog)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> response;
        try {
            response = api.connect();
        } catch (IOException e) {
            report.println("cannot reach the stream: " + e);
            return backoff.afterNetworkError();
        }
        int status = response.statusCode();
        if (status != 200) {
            String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            report.println("the stream answered " + status + ": " + body);
            if (status == 401 || status == 403) {
                throw new XApiClient.ApiException(
                        status,
                        "X refused the stream ("
                                + status
                                + "): check the bearer token in X_BEARER_TOKEN and the app's"
                                + " access level");
            }
            return status == 429
                    ? backoff.afterRateLimit(untilReset(response))
                    : backoff.afterHttpError();
        }
        openStream = response.body();
        StallGuard guard = new StallGuard(watchdog, openStream, stallTimeoutMillis);
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(openStream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                guard.heard();
                backoff.connected();
                if (!line.isBlank()) {
                    handle(line);
                }
            }
            report.println("the stream closed the connection");
        } catch (IOException e) {
            if (stopRequested) {
                return 0;
            }
            report.println(
                    guard.tripped()
                            ? "the stream sent nothing for " + stallTimeoutMillis + " ms"
                            : "the stream broke: " + e);
        } finally {
            guard.cancel();
            openStream = null;
        }
        return backoff.afterNetworkError();
    }

    private void handle(String line) {
        ParseResult<Tweet> tweet = TweetJson.parse(line.getBytes(StandardCharsets.UTF_8));
        if (tweet.isOk()) {
            sink.send(tweet.value());
            tweets++;
            return;
        }
        problems++;
        JsonNode node = readOrNull(line);
        if (node != null && node.has("errors") && !node.has("data")) {
            report.println("the stream reported: " + node.get("errors"));
        } else {
            report.println("skipped a line: " + tweet.error());
        }
    }

    private long untilReset(HttpResponse<?> response) {
        return response.headers().firstValueAsLong("x-rate-limit-reset").stream()
                .map(resetSeconds -> resetSeconds * 1_000 - clock.millis())
                .findFirst()
                .orElse(0L);
    }

    private static JsonNode readOrNull(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(InputStream stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            // Closing is how a stalled or stopped read is ended; a failure to close changes
            // nothing.
        }
    }

    /** Closes the stream when no line arrived for the timeout, which ends the blocked read. */
    private static final class StallGuard {
        private final InputStream stream;
        private final long timeoutMillis;
        private volatile long lastHeard = System.nanoTime();
        private volatile boolean tripped;
        private final ScheduledFuture<?> check;

        StallGuard(ScheduledExecutorService watchdog, InputStream stream, long timeoutMillis) {
            this.stream = stream;
            this.timeoutMillis = timeoutMillis;
            long period = Math.max(10, timeoutMillis / 10);
            this.check =
                    watchdog.scheduleAtFixedRate(
                            this::check, period, period, TimeUnit.MILLISECONDS);
        }

        void heard() {
            lastHeard = System.nanoTime();
        }

        boolean tripped() {
            return tripped;
        }

        void cancel() {
            check.cancel(false);
        }

        private void check() {
            if (System.nanoTime() - lastHeard > TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
                tripped = true;
                closeQuietly(stream);
            }
        }
    }
}
