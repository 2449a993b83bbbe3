package io.tradestream.benchmarks.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What one step of a benchmark measured: a number of rules under one offered market rate.
 *
 * @param offered market events per second asked of the load generator
 * @param achieved market events per second it sent
 * @param alerts probe latencies, from entering Kafka to the alert row being visible
 * @param positions probe latencies, from entering Kafka to the position row being visible
 * @param probeTimeline each probe's send time and latencies, in the order they showed
 * @param missingProbes probes whose rows did not show within the grace period
 * @param jobAlertMedianMillis the job's own median for its alerts (the last 10,000 of each task),
 *     from the market or tweet record entering Kafka to the Cassandra sink
 * @param jobAlertP99Millis the same, p99
 * @param busiestTask the task with the highest busy time, and {@code busiestPercent} that time
 * @param maxBackPressurePercent the highest back-pressured time of any task, averaged over the step
 * @param marketSourceLagMillis how late the market source emitted records when the load stopped
 *     (the highest over its subtasks, see {@link JobWatch#marketSourceLagMillis}); -1 if unknown
 * @param checkpoints the checkpoints completed during the step
 * @param processes CPU and memory per process
 * @param taskManagerProfile where the TaskManager's CPU went (JFR samples by category)
 */
record StepResult(
        long rules,
        double offered,
        double achieved,
        LatencySamples alerts,
        LatencySamples positions,
        List<ProbeWatcher.ProbeLatency> probeTimeline,
        int missingProbes,
        double jobAlertMedianMillis,
        double jobAlertP99Millis,
        String busiestTask,
        double busiestPercent,
        double maxBackPressurePercent,
        long marketSourceLagMillis,
        List<JobWatch.Checkpoint> checkpoints,
        Map<String, ProcessUsage.Usage> processes,
        CpuProfile.Summary taskManagerProfile) {

    /** Back pressure below this share of the time counts as none (Flink's UI calls it OK). */
    static final double BACK_PRESSURE_OK_PERCENT = 10;

    /** The market source counts as keeping up when it emits records less late than this. */
    static final long SOURCE_LAG_OK_MILLIS = 1_000;

    /**
     * Sustained: the generator kept the rate, no task was back-pressured, the market source emitted
     * records less than a second after their event time at the end, and every probe showed.
     */
    boolean sustained() {
        return achieved >= 0.97 * offered
                && maxBackPressurePercent < BACK_PRESSURE_OK_PERCENT
                && marketSourceLagMillis >= 0
                && marketSourceLagMillis < SOURCE_LAG_OK_MILLIS
                && missingProbes == 0;
    }

    long maxCheckpointMillis() {
        return checkpoints.stream().mapToLong(JobWatch.Checkpoint::durationMillis).max().orElse(-1);
    }

    long lastCheckpointFullBytes() {
        return checkpoints.isEmpty() ? -1 : checkpoints.get(checkpoints.size() - 1).fullBytes();
    }

    long maxCheckpointPersistedBytes() {
        return checkpoints.stream().mapToLong(JobWatch.Checkpoint::persistedBytes).max().orElse(-1);
    }
}
