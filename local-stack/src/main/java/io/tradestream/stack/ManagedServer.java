package io.tradestream.stack;

/** What {@link LocalStack} does with each of its servers. */
interface ManagedServer {
    Component component();

    /** Starts its processes and returns when it is ready; fails with its log otherwise. */
    void start();

    /** Stops its processes (by pid), removes their pid files and tmp folders. */
    void stop();

    /** Whether any of its processes runs (cheap: no request to the server). */
    boolean isRunning();

    /** Its processes, ports and whether it answers requests. */
    ComponentStatus status();
}
