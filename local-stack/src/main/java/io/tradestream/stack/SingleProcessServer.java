package io.tradestream.stack;

import java.time.Duration;

/**
 * A server that runs as one JVM of its own (Kafka, Cassandra): what stopping, liveness and status
 * need, the same for each. A subclass starts its process and says how to tell that it answers.
 */
abstract class SingleProcessServer implements ManagedServer {
    final StackLayout layout;
    final Repository repository;
    final PortPlan ports;
    final ServerProcess process;
    private final Component component;
    private final String processName;
    private final Duration stopGrace;

    /**
     * @param processName names its PID file, log and data folders, e.g. {@code kafka}
     * @param stopGrace how long a stop waits for a clean exit before killing it
     */
    SingleProcessServer(
            Component component,
            String processName,
            Duration stopGrace,
            StackLayout layout,
            Repository repository,
            PortPlan ports) {
        this.component = component;
        this.processName = processName;
        this.stopGrace = stopGrace;
        this.layout = layout;
        this.repository = repository;
        this.ports = ports;
        this.process = new ServerProcess(layout, processName);
    }

    /** Whether the server answers a request; it may throw while the server starts. */
    abstract boolean answers() throws Exception;

    @Override
    public Component component() {
        return component;
    }

    @Override
    public void stop() {
        process.stop(stopGrace);
    }

    @Override
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public ComponentStatus status() {
        return ComponentStatus.ofSingleProcess(
                component, processName, process, ports.of(component), this::answers);
    }
}
