package io.tradestream.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.job.io.ProductionOutputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job graph that {@code flink run} submits holds where the secrets are, never a secret. */
class JobGraphSecretsTest {
    private static final String KAFKA_PASSWORD = "kafka-Secret-4711";
    private static final String CASSANDRA_PASSWORD = "cassandra-Secret-0815";

    @TempDir Path dir;

    @Test
    void carriesPlaceholdersAndPathsButNoSecretValue() throws Exception {
        Path kafkaSecrets =
                Files.writeString(
                        dir.resolve("kafka-secrets.properties"), "password=" + KAFKA_PASSWORD);
        String placeholder = "${file:" + kafkaSecrets + ":password}";
        Path clientProperties =
                Files.writeString(
                        dir.resolve("client.properties"),
                        String.join(
                                "\n",
                                "security.protocol=SASL_SSL",
                                "sasl.mechanism=SCRAM-SHA-512",
                                "config.providers=file",
                                "config.providers.file.class="
                                    + "org.apache.kafka.common.config.provider.FileConfigProvider",
                                "sasl.jaas.config="
                                        + "org.apache.kafka.common.security.scram.ScramLoginModule"
                                        + " required username=\"tradestream\" password=\""
                                        + placeholder.replace("\\", "\\\\")
                                        + "\";"));
        Path cassandraPassword =
                Files.writeString(dir.resolve("cassandra-password"), CASSANDRA_PASSWORD + "\n");
        JobSettings settings =
                JobSettings.parse(
                        "--kafka.properties-file", clientProperties.toString(),
                        "--cassandra.username", "tradestream",
                        "--cassandra.password-file", cassandraPassword.toString());
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(
                        TradeStreamJob.jobConfiguration(Duration.ofSeconds(10)));

        TradeStreamGraph.build(
                env,
                new KafkaInputs(settings),
                new ProductionOutputs(settings),
                GraphSettings.from(settings));
        String graph =
                new String(
                        InstantiationUtil.serializeObject(env.getStreamGraph().getJobGraph()),
                        StandardCharsets.ISO_8859_1);

        assertThat(graph)
                .contains(placeholder, cassandraPassword.toString(), "SCRAM-SHA-512")
                .doesNotContain(KAFKA_PASSWORD, CASSANDRA_PASSWORD);
    }
}
