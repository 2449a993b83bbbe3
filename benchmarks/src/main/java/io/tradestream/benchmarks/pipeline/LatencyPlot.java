package io.tradestream.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the probes' latency to a visible alert row (p50, p99, p99.9, log scale) against the offered
 * market rate, one set of lines per number of rules, with the 100 ms target.
 */
final class LatencyPlot {
    private static final double TARGET_MILLIS = 100;

    private LatencyPlot() {}

    static void write(List<StepResult> results, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart =
                new XYChartBuilder()
                        .width(960)
                        .height(560)
                        .title("TradeStream: market event to visible alert row")
                        .xAxisTitle("offered market events/s")
                        .yAxisTitle("latency (ms, log scale)")
                        .build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        Map<Long, List<StepResult>> byRules = new LinkedHashMap<>();
        for (StepResult step : results) {
            byRules.computeIfAbsent(step.rules(), rules -> new ArrayList<>()).add(step);
        }
        double maxRate = 0;
        for (Map.Entry<Long, List<StepResult>> phase : byRules.entrySet()) {
            String rules = String.format(Locale.ROOT, "%,d rules", phase.getKey());
            List<StepResult> steps = phase.getValue();
            addSeries(chart, rules + " p50", steps, step -> step.alerts().percentile(50));
            addSeries(chart, rules + " p99", steps, step -> step.alerts().percentile(99));
            addSeries(chart, rules + " p99.9", steps, step -> step.alerts().percentile(99.9));
            for (StepResult step : steps) {
                maxRate = Math.max(maxRate, step.offered());
            }
        }
        if (maxRate > 0) {
            XYSeries target =
                    chart.addSeries(
                            "target p99 (100 ms)",
                            new double[] {0, maxRate},
                            new double[] {TARGET_MILLIS, TARGET_MILLIS});
            target.setMarker(SeriesMarkers.NONE);
            target.setLineColor(java.awt.Color.RED);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void addSeries(
            XYChart chart,
            String name,
            List<StepResult> steps,
            ToDoubleFunction<StepResult> millis) {
        List<Double> rates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (StepResult step : steps) {
            double value = millis.applyAsDouble(step);
            if (!Double.isNaN(value)) {
                rates.add(step.offered());
                // A log axis cannot show 0 ms: the poll interval is the resolution anyway.
                values.add(Math.max(value, 1));
            }
        }
        if (!rates.isEmpty()) {
            chart.addSeries(name, rates, values);
        }
    }
}
