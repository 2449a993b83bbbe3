package io.tradestream.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one server of the stack.
 *
 * @param pids the pid of each of its processes that runs, by process name (e.g. {@code
 *     flink-taskmanager})
 * @param ports its ports by name (e.g. {@code kafka.controller})
 * @param alive whether all of its processes run
 * @param ready whether it answers requests (Kafka: cluster metadata, Cassandra: CQL, Flink: a
 *     TaskManager with free slots)
 */
public record ComponentStatus(
        Component component,
        Map<String, Long> pids,
        Map<String, Integer> ports,
        boolean alive,
        boolean ready) {

    public ComponentStatus {
        // Keeps the caller's order, for display.
        pids = Collections.unmodifiableMap(new LinkedHashMap<>(pids));
        ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
    }

    /** The state of a server that runs as one process, asking it whether it answers if alive. */
    static ComponentStatus ofSingleProcess(
            Component component,
            String processName,
            ServerProcess process,
            Map<String, Integer> ports,
            Readiness.Probe answers) {
        Map<String, Long> pids = new LinkedHashMap<>();
        process.handle().ifPresent(handle -> pids.put(processName, handle.pid()));
        boolean alive = !pids.isEmpty();
        return new ComponentStatus(
                component, pids, ports, alive, alive && Readiness.check(answers));
    }
}
