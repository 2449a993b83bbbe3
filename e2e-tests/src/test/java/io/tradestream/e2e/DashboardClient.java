package io.tradestream.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

/**
 * One browser's worth of the dashboard's API: its own cookies, and the CSRF token of its session,
 * sent with every change unless a test leaves it out on purpose.
 */
final class DashboardClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private String csrfToken;

    DashboardClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.http =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
    }

    /** Signs up, keeping the session; the response as the API gave it. */
    Response signUp(String user, String password) throws Exception {
        return session(post("/api/signup", credentials(user, password)));
    }

    Response signIn(String user, String password) throws Exception {
        return session(post("/api/signin", credentials(user, password)));
    }

    Response get(String path) throws Exception {
        return send("GET", path, null, Map.of());
    }

    Response post(String path, String json) throws Exception {
        return send("POST", path, json, Map.of());
    }

    Response put(String path, String json) throws Exception {
        return send("PUT", path, json, Map.of());
    }

    Response delete(String path) throws Exception {
        return send("DELETE", path, null, Map.of());
    }

    /** A change without the CSRF token, or with extra headers such as a foreign Origin. */
    Response sendWithout(String method, String path, String json, Map<String, String> headers)
            throws Exception {
        return send(method, path, json, headers, false);
    }

    private Response send(String method, String path, String json, Map<String, String> headers)
            throws Exception {
        return send(method, path, json, headers, true);
    }

    private Response send(
            String method, String path, String json, Map<String, String> headers, boolean csrf)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofMinutes(2))
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf && csrfToken != null && !method.equals("GET")) {
            request.header("X-CSRF-Token", csrfToken);
        }
        headers.forEach(request::header);
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(
                response.statusCode(),
                response.body().isEmpty() ? null : JSON.readTree(response.body()),
                response.headers().allValues("Set-Cookie"));
    }

    /**
     * Follows {@code /api/alerts/stream}: the data of each {@code alert} event goes to the queue
     * returned, as the browser's EventSource would receive it.
     */
    BlockingQueue<JsonNode> followAlerts() throws Exception {
        BlockingQueue<JsonNode> alerts = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response =
                http.send(
                        HttpRequest.newBuilder(base.resolve("/api/alerts/stream"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new AssertionError("the alert stream answered " + response.statusCode());
        }
        Thread reader =
                new Thread(
                        () ->
                                response.body()
                                        .filter(line -> line.startsWith("data:"))
                                        .forEach(
                                                line ->
                                                        alerts.add(
                                                                parse(line.substring(5).strip()))),
                        "alert-stream");
        reader.setDaemon(true);
        reader.start();
        return alerts;
    }

    private Response session(Response response) {
        if (response.json() != null && response.json().has("csrfToken")) {
            csrfToken = response.json().get("csrfToken").asText();
        }
        return response;
    }

    private static String credentials(String user, String password) {
        return JSON.createObjectNode().put("username", user).put("password", password).toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response: its status, its JSON body (null when empty) and the cookies it set. */
    record Response(int status, JsonNode json, java.util.List<String> cookies) {
        String error() {
            return json == null ? null : json.path("error").asText(null);
        }
    }
}
