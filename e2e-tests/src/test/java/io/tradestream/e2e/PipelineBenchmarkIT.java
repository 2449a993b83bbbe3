package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pipeline benchmark's short preset, run as a user runs it ({@code benchmarks.jar} in a JVM of
 * its own) against the shared stack: a smoke test that the harness works end to end, not a
 * measurement, so it checks what was measured, not how fast.
 */
@ExtendWith(LocalStackExtension.class)
class PipelineBenchmarkIT {
    private static final long TIMEOUT_MINUTES = 8;

    @Test
    void theShortPresetMeasuresEveryStepAndWritesItsReport(LocalStack stack) throws Exception {
        Path out = Path.of("target", "pipeline-benchmark").toAbsolutePath();
        Path log = Files.createDirectories(out).resolve("benchmark.log");
        Process benchmark =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Dtradestream.repo=" + System.getProperty("tradestream.repo"),
                                "-cp",
                                System.getProperty("tradestream.benchmarks.jar"),
                                "io.tradestream.benchmarks.pipeline.PipelineBenchmark",
                                "--preset",
                                "short",
                                "--stack",
                                stack.home().toString(),
                                "--out",
                                out.toString(),
                                "--profile")
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        boolean ended = benchmark.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            benchmark.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        assertThat(ended)
                .as("the benchmark ends within %d minutes:%n%s", TIMEOUT_MINUTES, output)
                .isTrue();
        assertThat(benchmark.exitValue()).as(output).isZero();

        List<Map<String, String>> steps = csv(out.resolve("results.csv"));
        assertThat(steps)
                .as("one row per rate of the short preset, 2,000 users' rules and the probes'")
                .extracting(step -> step.get("rules"), step -> step.get("offered_per_s"))
                .containsExactly(Tuple.tuple("2003", "2000"), Tuple.tuple("2003", "5000"));
        for (Map<String, String> step : steps) {
            double offered = Double.parseDouble(step.get("offered_per_s"));
            assertThat(Double.parseDouble(step.get("sent_per_s")))
                    .as("the generator's rate")
                    .isBetween(0.5 * offered, 1.01 * offered);
            // 20 probes/s for 20 s, each seen in both tables or counted missing.
            long probes = Long.parseLong(step.get("probes"));
            assertThat(probes + Long.parseLong(step.get("missing_probes"))).isBetween(395L, 405L);
            assertThat(probes).as("probes seen").isPositive();
            assertThat(Double.parseDouble(step.get("alert_p50_ms")))
                    .isPositive()
                    .isLessThanOrEqualTo(Double.parseDouble(step.get("alert_p99_ms")));
            assertThat(Double.parseDouble(step.get("position_p99_ms"))).isPositive();
            for (String process :
                    List.of("kafka", "cassandra", "flink_jobmanager", "flink_taskmanager")) {
                assertThat(Double.parseDouble(step.get(process + "_cpu_pct")))
                        .as(process + " CPU")
                        .isPositive();
                assertThat(Long.parseLong(step.get(process + "_rss_bytes")))
                        .as(process + " memory")
                        .isGreaterThan(50_000_000);
            }
        }
        List<Map<String, String>> timeline = csv(out.resolve("timeline.csv"));
        for (Map<String, String> step : steps) {
            assertThat(timeline)
                    .as("a row per probe seen in the %s events/s step", step.get("offered_per_s"))
                    .filteredOn(row -> row.get("offered_per_s").equals(step.get("offered_per_s")))
                    .filteredOn(row -> row.get("event").equals("probe"))
                    .hasSize(Integer.parseInt(step.get("probes")));
        }
        assertThat(steps)
                .as("a checkpoint completed during a step, and its size was read")
                .anyMatch(
                        step ->
                                Long.parseLong(step.get("checkpoint_max_ms")) > 0
                                        && Long.parseLong(step.get("checkpoint_full_bytes")) > 0);
        assertThat(Files.readString(out.resolve("report.md")))
                .contains(
                        "# TradeStream pipeline benchmark: preset short",
                        "| 2,003 | 5,000 |",
                        "Java Flight Recorder samples of the TaskManager during each step");
        assertThat(out.resolve("profiles").resolve("taskmanager-2000-rules-5000-per-s.jfr"))
                .as("the TaskManager's recording of the second step")
                .isNotEmptyFile();
        byte[] png = Files.readAllBytes(out.resolve("latency-vs-rate.png"));
        assertThat(Arrays.copyOf(png, 8))
                .as("a PNG file")
                .containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(stack.flink().rest().jobIds().stream().map(stack.flink().rest()::jobState))
                .as("the benchmark's job is cancelled")
                .doesNotContain("RUNNING");
    }

    /** A comma outside double quotes. */
    private static final String SEPARATOR = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    /** The rows of a CSV file, by column name. */
    private static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        return lines.subList(1, lines.size()).stream()
                .map(line -> line.split(SEPARATOR, -1))
                .map(
                        values ->
                                IntStream.range(0, header.length)
                                        .boxed()
                                        .collect(
                                                Collectors.toMap(
                                                        i -> header[i],
                                                        i -> values[i].replace("\"", ""))))
                .toList();
    }
}
