package io.tradestream.stack;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints where a stack's servers are and how they are doing, for people. */
final class StackReport {
    private StackReport() {}

    /** The addresses to connect to, one line per component, and the logs folder. */
    static void printAddresses(LocalStack stack, PrintStream out) {
        if (stack.components().contains(Component.KAFKA)) {
            out.printf("  Kafka bootstrap servers  %s%n", stack.kafka().bootstrapServers());
        }
        if (stack.components().contains(Component.CASSANDRA)) {
            CassandraServer cassandra = stack.cassandra();
            out.printf(
                    "  Cassandra (CQL)          %s:%d, local datacenter %s%n",
                    cassandra.host(), cassandra.nativePort(), cassandra.localDatacenter());
        }
        if (stack.components().contains(Component.FLINK)) {
            out.printf("  Flink web UI and REST    %s%n", stack.flink().restUrl());
            out.printf("  Flink configuration      %s%n", stack.flink().confDir());
        }
        out.printf("  Logs                     %s%n", stack.layout().logs());
    }

    /** One line per component: state, pids and ports. */
    static void printStatus(StackStatus status, PrintStream out) {
        out.printf("Local stack in %s%n", status.home());
        for (ComponentStatus component : status.components()) {
            String state =
                    component.ready()
                            ? "ready"
                            : component.alive()
                                    ? "not ready"
                                    : component.pids().isEmpty() ? "stopped" : "partly running";
            out.printf(
                    "  %-10s %-15s pid %-45s ports %s%n",
                    component.component().id(),
                    state,
                    component.pids().isEmpty() ? "-" : join(component.pids()),
                    join(component.ports()));
        }
    }

    private static String join(Map<String, ?> values) {
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
    }
}
