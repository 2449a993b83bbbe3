package io.tradestream.benchmarks;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.flink.runtime.OperatorIDPair;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.CompletedCheckpointStats;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.checkpoint.StateObjectCollection;
import org.apache.flink.runtime.checkpoint.SubtaskStateStats;
import org.apache.flink.runtime.checkpoint.TaskStateStats;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.runtime.jobgraph.OperatorID;

/**
 * The figures of one completed checkpoint of the TradeStream job: its size and duration from
 * Flink's checkpoint statistics, and, from the checkpoint's metadata file, how much of each rule
 * engine task's state is operator state (the broadcast rules) and how much keyed state.
 *
 * @param fullBytes the state the checkpoint refers to, shared incremental files included
 * @param persistedBytes what this checkpoint wrote (less than the full size once incremental
 *     checkpoints can reuse files)
 * @param endToEndMillis from the trigger to the last task's acknowledgement
 * @param engineTasks the rule engine's tasks, by subtask index
 * @param ruleAdmissionBytes the keyed state of the rule id ownership and per-user admission
 */
record CheckpointFigures(
        long id,
        long fullBytes,
        long persistedBytes,
        long endToEndMillis,
        List<EngineTask> engineTasks,
        long ruleAdmissionBytes) {

    /**
     * One rule engine task's share.
     *
     * @param syncMillis the synchronous part, during which the task processes nothing (the
     *     broadcast state is copied then)
     * @param asyncMillis the asynchronous part (writing the files)
     */
    record EngineTask(long broadcastBytes, long keyedBytes, long syncMillis, long asyncMillis) {}

    private static final String ENGINE = "Rule engine";
    private static final String OWNERSHIP = "Rule id ownership";
    private static final String ADMISSION = "Rule admission";

    /**
     * Reads the figures of {@code checkpoint}, a checkpoint of {@code job} written to the local
     * file system.
     */
    static CheckpointFigures read(CompletedCheckpointStats checkpoint, JobGraph job)
            throws IOException {
        JobVertex engine = vertex(job, ENGINE);
        CheckpointMetadata metadata = metadata(checkpoint.getExternalPath());
        TaskStateStats engineStats = checkpoint.getTaskStateStats(engine.getID());
        List<EngineTask> tasks = new ArrayList<>();
        for (SubtaskStateStats subtask : engineStats.getSubtaskStats()) {
            int index = subtask.getSubtaskIndex();
            tasks.add(
                    new EngineTask(
                            stateBytes(
                                    metadata,
                                    engine,
                                    index,
                                    OperatorSubtaskState::getManagedOperatorState),
                            stateBytes(
                                    metadata,
                                    engine,
                                    index,
                                    OperatorSubtaskState::getManagedKeyedState),
                            subtask.getSyncCheckpointDuration(),
                            subtask.getAsyncCheckpointDuration()));
        }
        long admission =
                checkpoint.getTaskStateStats(vertex(job, OWNERSHIP).getID()).getStateSize()
                        + checkpoint
                                .getTaskStateStats(vertex(job, ADMISSION).getID())
                                .getStateSize();
        return new CheckpointFigures(
                checkpoint.getCheckpointId(),
                checkpoint.getStateSize(),
                checkpoint.getCheckpointedSize(),
                checkpoint.getEndToEndDuration(),
                tasks,
                admission);
    }

    /** The job vertex whose chain starts with the operator named {@code name}. */
    private static JobVertex vertex(JobGraph job, String name) {
        for (JobVertex vertex : job.getVertices()) {
            if (vertex.getName().startsWith(name)) {
                return vertex;
            }
        }
        throw new IllegalStateException("the job has no operator named " + name);
    }

    private static CheckpointMetadata metadata(String externalPath) throws IOException {
        Path file = Path.of(URI.create(externalPath)).resolve("_metadata");
        try (InputStream in = Files.newInputStream(file)) {
            return Checkpoints.loadCheckpointMetadata(
                    new DataInputStream(in),
                    CheckpointFigures.class.getClassLoader(),
                    externalPath);
        }
    }

    /** What one subtask of {@code vertex} holds of one kind of state, over its operators. */
    private static long stateBytes(
            CheckpointMetadata metadata,
            JobVertex vertex,
            int subtask,
            Function<OperatorSubtaskState, StateObjectCollection<?>> kind) {
        Set<OperatorID> operatorIds = new HashSet<>();
        for (OperatorIDPair ids : vertex.getOperatorIDs()) {
            operatorIds.add(ids.getGeneratedOperatorID());
        }
        long bytes = 0;
        for (OperatorState state : metadata.getOperatorStates()) {
            if (!operatorIds.contains(state.getOperatorID())) {
                continue;
            }
            OperatorSubtaskState subtaskState = state.getState(subtask);
            if (subtaskState != null) {
                bytes += kind.apply(subtaskState).getStateSize();
            }
        }
        return bytes;
    }
}
