package io.tradestream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TCP ports of the local stack, all bound on 127.0.0.1. Flink's other ports (blob server,
 * TaskManager RPC and data) are always ephemeral: Flink picks them and the TaskManager learns them
 * from the JobManager.
 */
public record PortPlan(
        int kafka,
        int kafkaController,
        int cassandraNative,
        int cassandraStorage,
        int flinkRest,
        int flinkRpc) {

    public PortPlan {
        Set<Integer> seen = new HashSet<>();
        // In a compact constructor the fields are not assigned yet: use the parameters.
        Map<String, Integer> named =
                named(
                        kafka,
                        kafkaController,
                        cassandraNative,
                        cassandraStorage,
                        flinkRest,
                        flinkRpc);
        for (Map.Entry<String, Integer> port : named.entrySet()) {
            int value = port.getValue();
            if (value < 1 || value > 65535) {
                throw new IllegalArgumentException(port.getKey() + " port out of range: " + value);
            }
            if (!seen.add(value)) {
                throw new IllegalArgumentException("port " + value + " is used twice");
            }
        }
    }

    /** The servers' usual ports: Kafka 9092/9093, Cassandra 9042/7000, Flink 8081/6123. */
    public static PortPlan defaults() {
        return new PortPlan(9092, 9093, 9042, 7000, 8081, 6123);
    }

    /** Ports that are free right now, picked by the operating system (for tests). */
    public static PortPlan ephemeral() {
        List<Integer> ports = freePorts(6);
        return new PortPlan(
                ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4), ports.get(5));
    }

    /** Every port by a stable name, e.g. {@code kafka.controller}. */
    public Map<String, Integer> asMap() {
        return named(
                kafka, kafkaController, cassandraNative, cassandraStorage, flinkRest, flinkRpc);
    }

    /** The ports of one component, named as in {@link #asMap()}. */
    public Map<String, Integer> of(Component component) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        asMap().forEach(
                        (name, port) -> {
                            if (name.equals(component.id())
                                    || name.startsWith(component.id() + ".")) {
                                ports.put(name, port);
                            }
                        });
        return ports;
    }

    /** The inverse of {@link #asMap()}. */
    public static PortPlan fromMap(Map<String, Integer> ports) {
        return new PortPlan(
                required(ports, "kafka"),
                required(ports, "kafka.controller"),
                required(ports, "cassandra.native"),
                required(ports, "cassandra.storage"),
                required(ports, "flink.rest"),
                required(ports, "flink.rpc"));
    }

    private static Map<String, Integer> named(
            int kafka,
            int kafkaController,
            int cassandraNative,
            int cassandraStorage,
            int flinkRest,
            int flinkRpc) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", kafka);
        ports.put("kafka.controller", kafkaController);
        ports.put("cassandra.native", cassandraNative);
        ports.put("cassandra.storage", cassandraStorage);
        ports.put("flink.rest", flinkRest);
        ports.put("flink.rpc", flinkRpc);
        return ports;
    }

    private static int required(Map<String, Integer> ports, String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("missing port " + name);
        }
        return port;
    }

    // All sockets stay open until every port is picked, so the ports are distinct.
    static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket =
                        new ServerSocket(0, 1, InetAddress.getByName(Loopback.ADDRESS));
                sockets.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find free ports on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Nothing was written; the port is released either way.
                }
            }
        }
    }
}
