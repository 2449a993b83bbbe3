package io.tradestream.ingestion.tweets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of the X API v2 filtered stream that the ingester makes: list, add and delete stream
 * rules, and open the stream. Authenticates with an app's bearer token, which it never logs.
 */
final class XApiClient {
    static final String RULES_PATH = "/2/tweets/search/stream/rules";
    static final String STREAM_PATH =
            "/2/tweets/search/stream?tweet.fields=created_at,author_id,lang,referenced_tweets";

    /** A stream rule as X holds it. */
    record Rule(String id, String value, String tag) {}

    /** A call that X answered with an error status. */
    static final class ApiException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        ApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI baseUrl;
    private final String bearerToken;

    XApiClient(URI baseUrl, String bearerToken) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    List<Rule> rules() throws IOException, InterruptedException {
        JsonNode answer = call(request(RULES_PATH).GET());
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : answer.path("data")) {
            rules.add(
                    new Rule(
                            rule.path("id").asText(),
                            rule.path("value").asText(),
                            rule.path("tag").asText(null)));
        }
        return rules;
    }

    void addRules(List<String> values, String tag) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode add = body.putArray("add");
        for (String value : values) {
            add.addObject().put("value", value).put("tag", tag);
        }
        call(post(body));
    }

    void deleteRules(List<String> ids) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putObject("delete").putArray("ids");
        ids.forEach(list::add);
        call(post(body));
    }

    /** Opens the stream; the caller reads (and closes) the body of a 200 answer. */
    HttpResponse<InputStream> connect() throws IOException, InterruptedException {
        return http.send(
                request(STREAM_PATH).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder post(ObjectNode body) {
        return request(RULES_PATH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearerToken)
                .header("User-Agent", "TradeStream");
    }

    private JsonNode call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(
                    response.statusCode(),
                    "X API answered "
                            + response.statusCode()
                            + " to "
                            + response.request().method()
                            + " "
                            + response.request().uri().getPath()
                            + ": "
                            + response.body());
        }
        return JSON.readTree(response.body());
    }
}
