package io.tradestream.job.io;

import io.tradestream.job.JobSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Kafka client properties of {@code --kafka.properties-file} (security.protocol, sasl.*, ssl.*,
 * ...), which every Kafka source and sink of the job applies. The file is read where the job is
 * submitted and its properties travel with the job graph, so it must hold placeholders such as
 * {@code ${file:/run/secrets/kafka.properties:password}} or {@code ${env:NAME}}, never a secret:
 * the Kafka client resolves them when it is built on the JobManager or TaskManager.
 */
public final class KafkaClientProperties {
    /** Set by the job's own settings; a second source of truth would only confuse. */
    private static final Set<String> SET_BY_THE_JOB =
            Set.of("bootstrap.servers", "group.id", "transactional.id");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}");

    /** A {@code password=} in a JAAS configuration whose value is not a placeholder. */
    private static final Pattern LITERAL_JAAS_PASSWORD =
            Pattern.compile("password\\s*=\\s*(?!\"?\\$\\{)", Pattern.CASE_INSENSITIVE);

    private KafkaClientProperties() {}

    /**
     * The file's properties, or none without {@code --kafka.properties-file}.
     *
     * @throws IllegalArgumentException for a property the job sets itself or a secret written out,
     *     naming the property (never its value)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Properties from(JobSettings settings) {
        String file = settings.get("kafka.properties-file");
        if (file.isEmpty()) {
            return new Properties();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read --kafka.properties-file " + file + ": " + e, e);
        }
        check(properties, file);
        return properties;
    }

    static void check(Properties properties, String file) {
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (SET_BY_THE_JOB.contains(key)) {
                throw new IllegalArgumentException(
                        file + ": " + key + " is set by the job's settings, not by this file");
            }
            boolean literalSecret =
                    key.endsWith(".password") || key.equals("ssl.keystore.key")
                            ? !PLACEHOLDER.matcher(value.strip()).matches()
                            : key.equals("sasl.jaas.config")
                                    && LITERAL_JAAS_PASSWORD.matcher(value).find();
            if (literalSecret) {
                throw new IllegalArgumentException(
                        file
                                + ": "
                                + key
                                + " holds a secret; write it as a placeholder, ${file:PATH:KEY}"
                                + " or ${env:NAME}, so that it stays out of the job graph");
            }
        }
    }
}
