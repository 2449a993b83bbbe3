package io.tradestream.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the job and the processes while a step's load runs, from a thread of its own so that the
 * load generator's pacing is not disturbed: task busy and back-pressured time, the sources'
 * event-time lag, checkpoints and process memory every {@link #INTERVAL_SECONDS} s.
 */
final class StepMonitor {
    static final int INTERVAL_SECONDS = 5;

    /** What the samples of a step came to. */
    record Observed(
            String busiestTask,
            double busiestPercent,
            double maxBackPressurePercent,
            long lastMarketSourceLagMillis,
            List<JobWatch.Checkpoint> checkpoints,
            Map<String, ProcessUsage.Usage> processes) {}

    private final JobWatch job;
    private final ProcessUsage usage;
    private final ScheduledExecutorService sampler =
            Executors.newSingleThreadScheduledExecutor(
                    runnable -> {
                        Thread thread = new Thread(runnable, "step-monitor");
                        thread.setDaemon(true);
                        return thread;
                    });
    private final Map<String, Double> busySums = new LinkedHashMap<>();
    private final Map<Long, JobWatch.Checkpoint> checkpoints = new TreeMap<>();
    private final long startMillis = System.currentTimeMillis();
    private double backPressureSum;
    private int samples;
    private long lastSourceLag = -1;
    private volatile RuntimeException failure;

    /** Starts sampling now. */
    StepMonitor(JobWatch job, ProcessUsage usage) {
        this.job = job;
        this.usage = usage;
        usage.start();
        sampler.scheduleWithFixedDelay(this::sample, 1, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            List<JobWatch.TaskLoad> loads = job.taskLoads();
            long sourceLag = job.marketSourceLagMillis().orElse(-1);
            List<JobWatch.Checkpoint> completed = job.completedCheckpoints();
            synchronized (this) {
                double maxBackPressure = 0;
                for (JobWatch.TaskLoad load : loads) {
                    busySums.merge(load.task(), nanToZero(load.busyMillisPerSecond()), Double::sum);
                    maxBackPressure =
                            Math.max(
                                    maxBackPressure,
                                    nanToZero(load.backPressuredMillisPerSecond()));
                }
                backPressureSum += maxBackPressure;
                samples++;
                lastSourceLag = sourceLag;
                for (JobWatch.Checkpoint checkpoint : completed) {
                    if (checkpoint.triggeredAtMillis() >= startMillis) {
                        checkpoints.put(checkpoint.id(), checkpoint);
                    }
                }
                usage.sample();
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Stops sampling and sums up the step. */
    Observed stop() throws InterruptedException {
        // A sample under way finishes: interrupting it would interrupt its HTTP request.
        sampler.shutdown();
        sampler.awaitTermination(1, TimeUnit.MINUTES);
        if (failure != null) {
            throw failure;
        }
        synchronized (this) {
            String busiest = "";
            double busiestSum = -1;
            for (Map.Entry<String, Double> task : busySums.entrySet()) {
                if (task.getValue() > busiestSum) {
                    busiest = task.getKey();
                    busiestSum = task.getValue();
                }
            }
            int n = Math.max(samples, 1);
            return new Observed(
                    busiest,
                    busiestSum / n / 10,
                    backPressureSum / n / 10,
                    lastSourceLag,
                    new ArrayList<>(checkpoints.values()),
                    usage.stop());
        }
    }

    private static double nanToZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
