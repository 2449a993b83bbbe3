package io.tradestream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A client of the Flink cluster's REST API (the one the web UI uses). */
public final class FlinkRestClient {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(500);

    /** States a job does not leave (FAILED after its restarts are exhausted). */
    private static final Set<String> TERMINAL_STATES = Set.of("FINISHED", "CANCELED", "FAILED");

    private final String baseUrl;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param baseUrl e.g. {@code http://127.0.0.1:8081}
     */
    public FlinkRestClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    }

    /**
     * GETs a path of the REST API (e.g. {@code /overview}) and returns the JSON answer; fails on
     * any status but 200.
     */
    public JsonNode getJson(String path) {
        return send(request(path).GET().build());
    }

    /**
     * POSTs a JSON body to a path of the REST API (e.g. {@code /jobs/<id>/checkpoints}) and returns
     * the JSON answer; fails on any status but 200 and 202 (accepted).
     */
    public JsonNode postJson(String path, String body) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) {
        String call = request.method() + " " + request.uri();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 202) {
                throw new StackException(
                        call + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new StackException(call + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted during " + call, e);
        }
    }

    /** The ids of all jobs the cluster knows, running or not. */
    public List<String> jobIds() {
        List<String> ids = new ArrayList<>();
        for (JsonNode job : getJson("/jobs").path("jobs")) {
            ids.add(job.path("id").asText());
        }
        return ids;
    }

    /** The job's state, e.g. {@code RUNNING}, {@code RESTARTING}, {@code CANCELED}. */
    public String jobState(String jobId) {
        return getJson("/jobs/" + jobId).path("state").asText();
    }

    /**
     * Waits until the job is in {@code state}. Fails when the timeout passes, or as soon as the job
     * ends in another state.
     */
    public void awaitJobState(String jobId, String state, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String current = jobState(jobId);
        while (!current.equals(state)) {
            if (TERMINAL_STATES.contains(current)) {
                throw new StackException(
                        "Job " + jobId + " ended " + current + " instead of reaching " + state);
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(
                        "Job "
                                + jobId
                                + " is "
                                + current
                                + ", not "
                                + state
                                + ", after "
                                + timeout.toSeconds()
                                + " s");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("Interrupted while waiting for job " + jobId, e);
            }
            current = jobState(jobId);
        }
    }

    /** How often the job has restarted since it was submitted (its metric numRestarts). */
    public long numRestarts(String jobId) {
        JsonNode metrics = getJson("/jobs/" + jobId + "/metrics?get=numRestarts");
        for (JsonNode metric : metrics) {
            if ("numRestarts".equals(metric.path("id").asText())) {
                return Long.parseLong(metric.path("value").asText());
            }
        }
        throw new StackException("Job " + jobId + " reports no numRestarts metric: " + metrics);
    }

    /**
     * Every subtask's value of the operator metric {@code metric} in the job, across its vertices,
     * by the id the vertex gives it: {@code <subtask>.<operator>.<metric>}. A histogram shows as
     * {@code <metric>_min}, {@code _max}, {@code _mean}, {@code _median}, {@code _stddev}, {@code
     * _p75} ... {@code _p999}. Empty while the metric is not reported yet (the REST API refreshes
     * metrics every {@code metrics.fetcher.update-interval}, 2 s in the project's config.yaml).
     */
    public Map<String, String> operatorMetric(String jobId, String metric) {
        Map<String, String> values = new TreeMap<>();
        for (JsonNode vertex : getJson("/jobs/" + jobId).path("vertices")) {
            String base = "/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/metrics";
            List<String> ids = new ArrayList<>();
            for (JsonNode available : getJson(base)) {
                String id = available.path("id").asText();
                if (id.endsWith("." + metric)) {
                    ids.add(id);
                }
            }
            if (ids.isEmpty()) {
                continue;
            }
            String get = URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8);
            for (JsonNode value : getJson(base + "?get=" + get.replace("+", "%20"))) {
                values.put(value.path("id").asText(), value.path("value").asText());
            }
        }
        return values;
    }
}
