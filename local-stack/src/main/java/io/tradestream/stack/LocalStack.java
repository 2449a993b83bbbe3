package io.tradestream.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A Kafka broker, a Cassandra server and a Flink session cluster on this machine, each in JVMs of
 * its own, bound to 127.0.0.1, with logs, data and pid files under one home folder.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().ports(PortPlan.ephemeral()).build().start()) {
 *     stack.kafka().createTopics(Map.of("trades", 4));
 *     String jobId = stack.flink().cli().run(jobJar, List.of());
 *     stack.flink().rest().awaitJobState(jobId, "RUNNING", Duration.ofSeconds(60));
 * }
 * }</pre>
 *
 * The servers keep running when this JVM exits; {@link #attach(Path)} finds them again (from {@code
 * run/stack.properties}) to check or stop them. Processes are found and stopped by pid only, after
 * checking that the pid still belongs to this stack.
 */
public final class LocalStack implements AutoCloseable {
    private final StackDescriptor descriptor;
    private final StackLayout layout;
    private final Map<Component, ManagedServer> servers = new LinkedHashMap<>();

    private LocalStack(StackDescriptor descriptor) {
        this.descriptor = descriptor;
        this.layout = new StackLayout(descriptor.home());
        Repository repository = new Repository(descriptor.repository());
        for (Component component : descriptor.components()) {
            servers.put(component, create(component, repository, descriptor));
        }
    }

    private ManagedServer create(
            Component component, Repository repository, StackDescriptor descriptor) {
        PortPlan ports = descriptor.ports();
        return switch (component) {
            case KAFKA -> new KafkaBroker(layout, repository, ports);
            case CASSANDRA ->
                    new CassandraServer(
                            layout, repository, ports, descriptor.cassandraAuthentication());
            case FLINK -> new FlinkCluster(layout, repository, ports);
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The stack whose home is {@code home}, as recorded by its start, whether or not its servers
     * still run; empty if none was started there (or it was stopped).
     */
    public static Optional<LocalStack> attach(Path home) {
        return StackDescriptor.read(new StackLayout(home).stackProperties()).map(LocalStack::new);
    }

    /**
     * Starts every component in parallel and returns when all are ready. On failure, stops what was
     * started and throws a {@link StackException} naming the component, with its log's tail.
     */
    public LocalStack start() {
        if (isRunning()) {
            throw new StackException("A local stack already runs in " + layout.home());
        }
        layout.create();
        // Leftovers of a stack that was killed rather than stopped.
        StackLayout.deleteRecursively(layout.tmp());
        descriptor.write(layout.stackProperties());
        List<Throwable> failures = inParallel(ManagedServer::start);
        if (!failures.isEmpty()) {
            StackException failure =
                    new StackException(
                            "The local stack did not start: " + failures.get(0).getMessage(),
                            failures.get(0));
            failures.subList(1, failures.size()).forEach(failure::addSuppressed);
            try {
                stop();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
        return this;
    }

    /** Stops every server; keeps logs and data. */
    public void stop() {
        stop(false);
    }

    /**
     * Stops every server (SIGTERM, then SIGKILL after a grace period) and removes pid files, tmp
     * folders and stack.properties; with {@code purgeData} also the logs, data and generated
     * configuration, and the home folder if nothing else is left in it.
     */
    public void stop(boolean purgeData) {
        List<Throwable> failures = inParallel(ManagedServer::stop);
        if (!failures.isEmpty()) {
            StackException failure =
                    new StackException(
                            "The local stack did not stop cleanly: " + failures.get(0).getMessage(),
                            failures.get(0));
            failures.subList(1, failures.size()).forEach(failure::addSuppressed);
            throw failure;
        }
        StackLayout.deleteRecursively(layout.tmp());
        StackLayout.deleteRecursively(layout.stackProperties());
        if (purgeData) {
            layout.purge();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Whether any process of the stack runs (cheaper than {@link #status()}). */
    public boolean isRunning() {
        return servers.values().stream().anyMatch(ManagedServer::isRunning);
    }

    /** Each component's processes, ports and readiness. */
    public StackStatus status() {
        List<ComponentStatus> statuses = new ArrayList<>();
        for (ManagedServer server : servers.values()) {
            statuses.add(server.status());
        }
        return new StackStatus(layout.home(), statuses);
    }

    public KafkaBroker kafka() {
        return (KafkaBroker) server(Component.KAFKA);
    }

    public CassandraServer cassandra() {
        return (CassandraServer) server(Component.CASSANDRA);
    }

    public FlinkCluster flink() {
        return (FlinkCluster) server(Component.FLINK);
    }

    public Path home() {
        return layout.home();
    }

    public StackLayout layout() {
        return layout;
    }

    public PortPlan ports() {
        return descriptor.ports();
    }

    public Set<Component> components() {
        return Collections.unmodifiableSet(EnumSet.copyOf(descriptor.components()));
    }

    private ManagedServer server(Component component) {
        ManagedServer server = servers.get(component);
        if (server == null) {
            throw new IllegalStateException(
                    component + " is not part of this stack " + descriptor.components());
        }
        return server;
    }

    /** Runs the action on every server at once; returns the failures. */
    private List<Throwable> inParallel(Consumer<ManagedServer> action) {
        ExecutorService executor =
                Executors.newFixedThreadPool(
                        servers.size(),
                        task -> {
                            Thread thread = new Thread(task, "local-stack");
                            thread.setDaemon(true);
                            return thread;
                        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (ManagedServer server : servers.values()) {
                futures.add(executor.submit(() -> action.accept(server)));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        } finally {
            executor.shutdownNow();
        }
    }

    /** Configures a stack; nothing runs until {@link LocalStack#start()}. */
    public static final class Builder {
        private Path home;
        private PortPlan ports = PortPlan.defaults();
        private Set<Component> components = EnumSet.allOf(Component.class);
        private Path repository;
        private boolean cassandraAuthentication;

        private Builder() {}

        /**
         * Default false: Cassandra lets every client in. With true it runs PasswordAuthenticator
         * and CassandraAuthorizer, and clients log in as {@link CassandraServer#SUPERUSER} or a
         * role that it created.
         */
        public Builder cassandraAuthentication(boolean cassandraAuthentication) {
            this.cassandraAuthentication = cassandraAuthentication;
            return this;
        }

        /** The work folder; default {@code <repository>/.tradestream}. */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** Default {@link PortPlan#defaults()}. */
        public Builder ports(PortPlan ports) {
            this.ports = ports;
            return this;
        }

        /** Default all. */
        public Builder components(Set<Component> components) {
            this.components = EnumSet.copyOf(components);
            return this;
        }

        /** The TradeStream repository; default {@link Repository#locate()}. */
        public Builder repository(Path repository) {
            this.repository = repository;
            return this;
        }

        public LocalStack build() {
            Path repo = repository != null ? repository : Repository.locate().root();
            Path stackHome = home != null ? home : repo.resolve(".tradestream");
            return new LocalStack(
                    new StackDescriptor(
                            stackHome.toAbsolutePath().normalize(),
                            repo.toAbsolutePath().normalize(),
                            components,
                            ports,
                            cassandraAuthentication));
        }
    }
}
