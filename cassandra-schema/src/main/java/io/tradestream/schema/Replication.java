package io.tradestream.schema;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How a new keyspace is replicated: the {@code replication} map of {@code CREATE KEYSPACE}. */
public sealed interface Replication {

    /** The strategy's class name as written in CQL, e.g. {@code SimpleStrategy}. */
    String strategyClass();

    /** The replication options other than the class, sorted by name. */
    SortedMap<String, Integer> factors();

    /** The CQL map literal, e.g. {@code {'class': 'SimpleStrategy', 'replication_factor': 1}}. */
    default String toCql() {
        return factors().entrySet().stream()
                .map(e -> ", '" + e.getKey() + "': " + e.getValue())
                .collect(Collectors.joining("", "{'class': '" + strategyClass() + "'", "}"));
    }

    /**
     * Whether an existing keyspace's replication, as read from {@code
     * system_schema.keyspaces.replication}, is this one.
     */
    default boolean matches(Map<String, String> existing) {
        String existingClass = existing.getOrDefault("class", "");
        Map<String, String> existingFactors = new TreeMap<>(existing);
        existingFactors.remove("class");
        Map<String, String> wanted = new TreeMap<>();
        factors().forEach((key, factor) -> wanted.put(key, String.valueOf(factor)));
        return (existingClass.equals(strategyClass())
                        || existingClass.endsWith("." + strategyClass()))
                && existingFactors.equals(wanted);
    }

    /** Replication factor {@code factor} in a single-datacenter cluster. */
    static Replication simple(int factor) {
        return new SimpleStrategy(factor);
    }

    /** A replication factor per datacenter. */
    static Replication networkTopology(Map<String, Integer> factorsByDatacenter) {
        return new NetworkTopologyStrategy(factorsByDatacenter);
    }

    /**
     * Parses a per-datacenter list such as {@code dc1:3,dc2:3}.
     *
     * @throws IllegalArgumentException naming the bad entry
     */
    static Replication parseNetworkTopology(String text) {
        Map<String, Integer> factors = new TreeMap<>();
        for (String entry : text.split(",", -1)) {
            String[] parts = entry.strip().split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(
                        "expected <datacenter>:<factor> entries such as dc1:3,dc2:3, got '"
                                + entry.strip()
                                + "'");
            }
            String datacenter = parts[0].strip();
            int factor;
            try {
                factor = Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "replication factor of '" + datacenter + "' is not a number: " + parts[1],
                        e);
            }
            if (factors.put(datacenter, factor) != null) {
                throw new IllegalArgumentException("datacenter '" + datacenter + "' given twice");
            }
        }
        return networkTopology(factors);
    }

    /** One replication factor for the whole cluster (development, single datacenter). */
    record SimpleStrategy(int replicationFactor) implements Replication {
        public SimpleStrategy {
            checkFactor(replicationFactor, "replication factor");
        }

        @Override
        public String strategyClass() {
            return "SimpleStrategy";
        }

        @Override
        public SortedMap<String, Integer> factors() {
            return new TreeMap<>(Map.of("replication_factor", replicationFactor));
        }
    }

    /** A replication factor per datacenter (production). */
    record NetworkTopologyStrategy(Map<String, Integer> factorsByDatacenter)
            implements Replication {

        // Datacenter names end up inside a CQL string literal: allow no quotes or spaces.
        private static final Pattern DATACENTER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

        public NetworkTopologyStrategy {
            if (factorsByDatacenter.isEmpty()) {
                throw new IllegalArgumentException("at least one datacenter is needed");
            }
            factorsByDatacenter.forEach(
                    (datacenter, factor) -> {
                        if (!DATACENTER.matcher(datacenter).matches()) {
                            throw new IllegalArgumentException(
                                    "bad datacenter name '"
                                            + datacenter
                                            + "': letters, digits, '_', '.' and '-' only");
                        }
                        checkFactor(factor, "replication factor of " + datacenter);
                    });
            factorsByDatacenter = Map.copyOf(factorsByDatacenter);
        }

        @Override
        public String strategyClass() {
            return "NetworkTopologyStrategy";
        }

        @Override
        public SortedMap<String, Integer> factors() {
            return new TreeMap<>(factorsByDatacenter);
        }
    }

    private static void checkFactor(int factor, String what) {
        if (factor < 1 || factor > 99) {
            throw new IllegalArgumentException(what + " must be between 1 and 99, got " + factor);
        }
    }
}
