package io.tradestream.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What another process needs to attach to a running stack, kept in {@code run/stack.properties}:
 * its home, repository, components, ports and whether Cassandra asks clients to log in, plus the
 * derived addresses for scripts.
 */
record StackDescriptor(
        Path home,
        Path repository,
        Set<Component> components,
        PortPlan ports,
        boolean cassandraAuthentication) {
    private static final String PORT_PREFIX = "port.";
    private static final String CASSANDRA_AUTHENTICATION = "cassandra.authentication";

    StackDescriptor {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a stack needs at least one component");
        }
        components = Collections.unmodifiableSet(EnumSet.copyOf(components));
    }

    /** A stack whose Cassandra lets every client in. */
    StackDescriptor(Path home, Path repository, Set<Component> components, PortPlan ports) {
        this(home, repository, components, ports, false);
    }

    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("home", home.toString());
        properties.setProperty("repository", repository.toString());
        properties.setProperty(
                "components",
                components.stream().map(Component::id).collect(Collectors.joining(",")));
        ports.asMap()
                .forEach(
                        (name, port) ->
                                properties.setProperty(PORT_PREFIX + name, port.toString()));
        String host = Loopback.ADDRESS;
        properties.setProperty("kafka.bootstrap.servers", host + ":" + ports.kafka());
        properties.setProperty("cassandra.contact.point", host + ":" + ports.cassandraNative());
        properties.setProperty("cassandra.local.datacenter", CassandraConfig.DATACENTER);
        properties.setProperty(CASSANDRA_AUTHENTICATION, Boolean.toString(cassandraAuthentication));
        properties.setProperty("flink.rest.url", "http://" + host + ":" + ports.flinkRest());
        return properties;
    }

    static StackDescriptor fromProperties(Properties properties) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PORT_PREFIX)) {
                ports.put(
                        name.substring(PORT_PREFIX.length()),
                        Integer.parseInt(properties.getProperty(name)));
            }
        }
        Set<Component> components =
                Arrays.stream(required(properties, "components").split(","))
                        .map(Component::fromId)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Component.class)));
        return new StackDescriptor(
                Path.of(required(properties, "home")),
                Path.of(required(properties, "repository")),
                components,
                PortPlan.fromMap(ports),
                Boolean.parseBoolean(properties.getProperty(CASSANDRA_AUTHENTICATION)));
    }

    void write(Path file) {
        StackLayout.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            toProperties().store(out, "TradeStream local stack: written at start, removed at stop");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The descriptor in {@code file}, or empty if there is none. */
    static Optional<StackDescriptor> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return Optional.of(fromProperties(properties));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new StackException("stack.properties has no " + key);
        }
        return value;
    }
}
