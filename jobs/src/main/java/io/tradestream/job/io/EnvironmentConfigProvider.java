package io.tradestream.job.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigData;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.provider.ConfigProvider;

/**
 * Resolves {@code ${env:NAME}} in Kafka client properties to the environment variable {@code NAME}
 * of the process that builds the client (kafka-clients 3.4, which the Kafka connector brings, has
 * no provider for environment variables). Declare it in the properties file:
 *
 * <pre>
 * config.providers=env
 * config.providers.env.class=io.tradestream.job.io.EnvironmentConfigProvider
 * </pre>
 */
public final class EnvironmentConfigProvider implements ConfigProvider {
    @Override
    public void configure(Map<String, ?> configs) {
        // Nothing to configure.
    }

    /** Lists no variables: only those that placeholders name are read. */
    @Override
    public ConfigData get(String path) {
        return new ConfigData(Map.of());
    }

    /**
     * @throws ConfigException naming a variable that is not set (a placeholder left as it is would
     *     fail later, as a login refused for no visible reason)
     */
    @Override
    public ConfigData get(String path, Set<String> keys) {
        if (path != null && !path.isEmpty()) {
            throw new ConfigException(
                    "write environment placeholders as ${env:NAME}, without a path: got '"
                            + path
                            + "'");
        }
        Map<String, String> values = new HashMap<>();
        for (String name : keys) {
            String value = System.getenv(name);
            if (value == null) {
                throw new ConfigException("environment variable " + name + " is not set");
            }
            values.put(name, value);
        }
        return new ConfigData(values);
    }

    @Override
    public void close() {
        // Holds nothing.
    }
}
