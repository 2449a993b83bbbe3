package io.tradestream.benchmarks.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.stack.FlinkRestClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What the running job reports through Flink's REST API: how busy and back-pressured each task is,
 * how far its Kafka sources are behind, its own latency histograms, its rules and its checkpoints.
 * Task metrics are refreshed by the JobManager every {@code metrics.fetcher.update-interval} (2 s
 * in the project's config.yaml).
 */
final class JobWatch {
    /** A task's share of each second, the maximum over its parallel subtasks. */
    record TaskLoad(String task, double busyMillisPerSecond, double backPressuredMillisPerSecond) {}

    /** One completed checkpoint. */
    record Checkpoint(
            long id,
            long triggeredAtMillis,
            long durationMillis,
            long fullBytes,
            long persistedBytes) {}

    /** The market data source's task, and its operator as metric ids name it. */
    private static final String MARKET_SOURCE_TASK = "Source: Market data from Kafka";

    private static final String MARKET_SOURCE_METRICS = "Source__Market_data_from_Kafka";

    private final FlinkRestClient rest;
    private final String jobId;

    JobWatch(FlinkRestClient rest, String jobId) {
        this.rest = rest;
        this.jobId = jobId;
    }

    String jobId() {
        return jobId;
    }

    /** Every task (chain of operators) of the job, by name, with its load now. */
    List<TaskLoad> taskLoads() {
        List<TaskLoad> loads = new ArrayList<>();
        for (JsonNode vertex : rest.getJson("/jobs/" + jobId).path("vertices")) {
            Map<String, Double> max = new LinkedHashMap<>();
            JsonNode metrics =
                    rest.getJson(
                            "/jobs/"
                                    + jobId
                                    + "/vertices/"
                                    + vertex.path("id").asText()
                                    + "/subtasks/metrics?get=busyTimeMsPerSecond,"
                                    + "backPressuredTimeMsPerSecond&agg=max");
            for (JsonNode metric : metrics) {
                max.put(metric.path("id").asText(), metric.path("max").asDouble(Double.NaN));
            }
            loads.add(
                    new TaskLoad(
                            firstOperator(vertex.path("name").asText()),
                            max.getOrDefault("busyTimeMsPerSecond", Double.NaN),
                            max.getOrDefault("backPressuredTimeMsPerSecond", Double.NaN)));
        }
        return loads;
    }

    /** A task's first operator, which names the chain ("Rule engine -> (Alerts to rows ...)"). */
    private static String firstOperator(String chain) {
        int end = chain.indexOf(" -> ");
        return end < 0 ? chain : chain.substring(0, end);
    }

    /**
     * How late the market data source's subtasks emit records: the highest {@code
     * currentEmitEventTimeLag} over them, from each record's event time (the feed stamps it as it
     * sends) to the source handing it on, in milliseconds; empty before any has emitted one. Unlike
     * {@link #pendingRecords}, which the Kafka consumer updates only when it fetches, this shows a
     * subtask falling behind while its fetcher waits for the task to take what it fetched.
     */
    OptionalLong marketSourceLagMillis() {
        for (JsonNode vertex : rest.getJson("/jobs/" + jobId).path("vertices")) {
            if (vertex.path("name").asText().startsWith(MARKET_SOURCE_TASK)) {
                List<String> ids = new ArrayList<>();
                for (int subtask = 0; subtask < vertex.path("parallelism").asInt(); subtask++) {
                    ids.add(subtask + "." + MARKET_SOURCE_METRICS + ".currentEmitEventTimeLag");
                }
                JsonNode values =
                        rest.getJson(
                                "/jobs/"
                                        + jobId
                                        + "/vertices/"
                                        + vertex.path("id").asText()
                                        + "/metrics?get="
                                        + String.join(",", ids));
                OptionalLong max = OptionalLong.empty();
                for (JsonNode value : values) {
                    long lag = (long) value.path("value").asDouble(-1);
                    if (lag >= 0 && (max.isEmpty() || lag > max.getAsLong())) {
                        max = OptionalLong.of(lag);
                    }
                }
                return max;
            }
        }
        return OptionalLong.empty();
    }

    /** Records the Kafka sources have yet to read, over all their splits. */
    long pendingRecords() {
        long pending = 0;
        for (String value : rest.operatorMetric(jobId, "pendingRecords").values()) {
            pending += (long) Double.parseDouble(value);
        }
        return pending;
    }

    /** The fewest rules any rule engine task holds; 0 before the engine reports. */
    long activeRules() {
        return rest.operatorMetric(jobId, "activeRules").values().stream()
                .mapToLong(Long::parseLong)
                .min()
                .orElse(0);
    }

    /**
     * The highest value over the subtasks of {@code operator} of one of the job's {@code
     * endToEndLatencyMillis} percentiles ({@code p99}, {@code median}, ...): the time from Kafka to
     * the sink for the outputs of the last 10,000 samples of each subtask.
     */
    OptionalDouble jobLatency(String operator, String percentile) {
        String wanted = (operator + ".endToEndLatencyMillis_" + percentile).replace(' ', '_');
        return rest.operatorMetric(jobId, "endToEndLatencyMillis_" + percentile).entrySet().stream()
                .filter(e -> e.getKey().substring(e.getKey().indexOf('.') + 1).equals(wanted))
                .mapToDouble(e -> Double.parseDouble(e.getValue()))
                .max();
    }

    /** The completed checkpoints in Flink's history (the last ten by default), oldest first. */
    List<Checkpoint> completedCheckpoints() {
        List<Checkpoint> completed = new ArrayList<>();
        for (JsonNode checkpoint :
                rest.getJson("/jobs/" + jobId + "/checkpoints").path("history")) {
            if ("COMPLETED".equals(checkpoint.path("status").asText())) {
                completed.add(
                        0,
                        new Checkpoint(
                                checkpoint.path("id").asLong(),
                                checkpoint.path("trigger_timestamp").asLong(),
                                checkpoint.path("end_to_end_duration").asLong(),
                                checkpoint.path("state_size").asLong(),
                                checkpoint.path("checkpointed_size").asLong()));
            }
        }
        return completed;
    }
}
