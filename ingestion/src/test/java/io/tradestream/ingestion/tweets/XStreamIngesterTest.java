package io.tradestream.ingestion.tweets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tradestream.model.tweets.Tweet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ingester against a local HTTP server that answers as the X API v2 filtered stream does,
 * including refusals, disconnects, stalls and rate limits.
 */
class XStreamIngesterTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final String TOKEN = "test-token";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CollectingSink sink = new CollectingSink();
    private final List<Long> sleptMillis = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream report = new ByteArrayOutputStream();
    private HttpServer server;
    private volatile int firstAnswer = 503;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/2/tweets/search/stream/rules", this::rules);
        server.createContext("/2/tweets/search/stream", this::stream);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        finished.countDown();
        server.stop(0);
    }

    @Test
    void syncsOnlyItsOwnRules() throws Exception {
        ingester().syncRules(List.of("($AAPL) lang:en", "($TSLA OR \"tesla\") lang:en"));

        assertThat(requests)
                .containsExactly(
                        "GET /2/tweets/search/stream/rules",
                        "POST /2/tweets/search/stream/rules {\"delete\":{\"ids\":[\"2\"]}}",
                        "POST /2/tweets/search/stream/rules {\"add\":[{\"value\":\"($TSLA OR"
                                + " \\\"tesla\\\") lang:en\",\"tag\":\"tradestream\"}]}");
        assertThat(authorizations).containsOnly("Bearer " + TOKEN);
    }

    @Test
    void readsTweetsThroughRefusalsDisconnectsStallsAndRateLimits() throws Exception {
        XStreamIngester ingester = ingester();
        Thread reader =
                new Thread(
                        () -> {
                            try {
                                ingester.run();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sink.tweets.size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        ingester.stop();
        reader.join(10_000);

        assertThat(sink.tweets).extracting(Tweet::id).containsExactly("1", "2", "3", "4");
        assertThat(sink.tweets.get(1).text()).isEqualTo("Tesla down");
        // 503: 5 s; 429: until the reset 90 s later (beyond the first 60 s); the disconnect and
        // the stall: 250 ms each, as each connection had delivered data.
        assertThat(sleptMillis).containsExactly(5_000L, 90_000L, 250L, 250L);
        assertThat(ingester.problems()).isEqualTo(2);
        assertThat(report.toString(StandardCharsets.UTF_8))
                .contains("the stream answered 503: {\"title\":\"Service Unavailable\"}")
                .contains("the stream reported: [{\"title\":\"operational-disconnect\"}]")
                .contains("skipped a line: invalid tweet: not valid JSON")
                .contains("the stream closed the connection")
                .contains("the stream sent nothing for 300 ms")
                .doesNotContain(TOKEN);
        assertThat(authorizations).containsOnly("Bearer " + TOKEN);
        assertThat(sink.flushes).isEqualTo(1);
    }

    @Test
    void aRefusedTokenStopsWithAClearMessage() {
        firstAnswer = 401;

        assertThatThrownBy(() -> ingester().run())
                .isInstanceOf(XApiClient.ApiException.class)
                .hasMessageContaining("check the bearer token in X_BEARER_TOKEN");
        assertThat(connections.get()).isEqualTo(1);
    }

    private XStreamIngester ingester() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new XStreamIngester(
                new XApiClient(base, TOKEN),
                sink,
                Clock.fixed(NOW, ZoneOffset.UTC),
                nanos -> sleptMillis.add(nanos / 1_000_000),
                300,
                new PrintStream(report, true, StandardCharsets.UTF_8));
    }

    private void rules(HttpExchange exchange) throws IOException {
        record(exchange);
        String answer =
                exchange.getRequestMethod().equals("GET")
                        ? "{\"data\":[{\"id\":\"1\",\"value\":\"($AAPL)"
                              + " lang:en\",\"tag\":\"tradestream\"},{\"id\":\"2\",\"value\":\"($OLD)"
                              + " lang:en\",\"tag\":\"tradestream\"},"
                              + "{\"id\":\"3\",\"value\":\"from:someone\",\"tag\":\"other\"}],"
                              + "\"meta\":{\"result_count\":3}}"
                        : "{\"meta\":{\"summary\":{}}}";
        answer(exchange, 200, answer);
    }

    private void stream(HttpExchange exchange) throws IOException {
        record(exchange);
        switch (connections.incrementAndGet()) {
            case 1 -> answer(exchange, firstAnswer, "{\"title\":\"Service Unavailable\"}");
            case 2 -> {
                exchange.getResponseHeaders()
                        .add("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 90));
                answer(exchange, 429, "{\"title\":\"Too Many Requests\"}");
            }
            case 3 ->
                    streamLines(
                            exchange,
                            false,
                            tweet("1", "$AAPL up"),
                            "",
                            "{\"errors\":[{\"title\":\"operational-disconnect\"}]}",
                            "{",
                            "{\"data\":{\"id\":\"2\",\"text\":\"Tesla down\","
                                + "\"created_at\":\"2026-11-23T08:59:58.000Z\"},"
                                + "\"matching_rules\":[{\"id\":\"1\",\"tag\":\"tradestream\"}]}");
            case 4 -> streamLines(exchange, true, tweet("3", "$NVDA"));
            default -> streamLines(exchange, true, tweet("4", "$MSFT"));
        }
    }

    /** Streams lines, then ends the response or keeps it open until the test ends. */
    private void streamLines(HttpExchange exchange, boolean holdOpen, String... lines)
            throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        for (String line : lines) {
            body.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.flush();
        }
        if (holdOpen) {
            try {
                finished.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.close();
    }

    private static String tweet(String id, String text) {
        return "{\"data\":{\"id\":\""
                + id
                + "\",\"text\":\""
                + text
                + "\",\"created_at\":\"2026-11-23T08:59:59.000Z\",\"lang\":\"en\"}}";
    }

    private void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path + (body.isEmpty() ? "" : " " + body));
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
