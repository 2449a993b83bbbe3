package io.tradestream.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * Keeps the rule engine's {@code activeRules} gauge of every task of a local Flink in this JVM, so
 * that a load run can tell when every task has loaded its rules.
 */
public final class ActiveRulesReporter implements MetricReporter {
    private static final String GAUGE = "activeRules";

    /** Flink creates one reporter per cluster; the gauges outlive it only until the job ends. */
    private static final Map<String, Gauge<?>> GAUGES = new ConcurrentHashMap<>();

    /** Adds the reporter to a local Flink's configuration. */
    static void register(Configuration conf) {
        MetricOptions.forReporter(conf, "active-rules")
                .set(MetricOptions.REPORTER_FACTORY_CLASS, Factory.class.getName());
    }

    /** The number of active rules of each engine task that has started, in no order. */
    static List<Long> perTask() {
        List<Long> counts = new ArrayList<>();
        for (Gauge<?> gauge : GAUGES.values()) {
            counts.add(((Number) gauge.getValue()).longValue());
        }
        return counts;
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        if (GAUGE.equals(name) && metric instanceof Gauge<?> gauge) {
            GAUGES.put(group.getMetricIdentifier(name), gauge);
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        GAUGES.remove(group.getMetricIdentifier(name));
    }

    /** What Flink instantiates, by the class name in the configuration. */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new ActiveRulesReporter();
        }
    }
}
