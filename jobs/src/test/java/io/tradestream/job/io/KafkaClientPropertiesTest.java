package io.tradestream.job.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.job.JobSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClientPropertiesTest {
    @TempDir Path dir;

    @Test
    void noFileMeansNoExtraProperties() {
        assertThat(KafkaClientProperties.from(JobSettings.parse())).isEmpty();
    }

    @Test
    void placeholdersFromFilesAndTheEnvironmentResolveWhenAClientConfigIsBuilt() throws Exception {
        Path secrets = Files.writeString(dir.resolve("secrets.properties"), "password=pw-1\n");
        Properties properties =
                load(
                        "config.providers=file,env",
                        "config.providers.file.class="
                                + "org.apache.kafka.common.config.provider.FileConfigProvider",
                        "config.providers.env.class=" + EnvironmentConfigProvider.class.getName(),
                        "ssl.truststore.password=${file:" + secrets + ":password}",
                        "sasl.jaas.config=x required password=\"${env:PATH}\";");

        AbstractConfig config = new AbstractConfig(definition(), properties);

        assertThat(config.getString("ssl.truststore.password")).isEqualTo("pw-1");
        assertThat(config.getString("sasl.jaas.config"))
                .isEqualTo("x required password=\"" + System.getenv("PATH") + "\";");
    }

    @Test
    void anUnsetEnvironmentVariableIsNamed() throws Exception {
        Properties properties =
                load(
                        "config.providers=env",
                        "config.providers.env.class=" + EnvironmentConfigProvider.class.getName(),
                        "ssl.truststore.password=${env:TRADESTREAM_TEST_UNSET_VARIABLE}");

        assertThatThrownBy(() -> new AbstractConfig(definition(), properties))
                .isInstanceOf(ConfigException.class)
                .hasMessage("environment variable TRADESTREAM_TEST_UNSET_VARIABLE is not set");
    }

    @Test
    void refusesSecretsWrittenOutNamingThePropertyButNotTheValue() {
        assertThatThrownBy(() -> load("ssl.truststore.password=changeit"))
                .hasMessageEndingWith(
                        "client.properties: ssl.truststore.password holds a secret; write it as a"
                                + " placeholder, ${file:PATH:KEY} or ${env:NAME}, so that it stays"
                                + " out of the job graph")
                .hasMessageNotContaining("changeit");
        assertThatThrownBy(
                        () ->
                                load(
                                        "sasl.jaas.config=org.apache.kafka.common.security.scram"
                                                + ".ScramLoginModule required username=\"u\""
                                                + " password=\"hunter2\";"))
                .hasMessageContaining("sasl.jaas.config holds a secret")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> load("bootstrap.servers=elsewhere:9092"))
                .hasMessageEndingWith(
                        "client.properties: bootstrap.servers is set by the job's settings, not"
                                + " by this file");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("absent.properties");

        assertThatThrownBy(
                        () ->
                                KafkaClientProperties.from(
                                        JobSettings.parse(
                                                "--kafka.properties-file", missing.toString())))
                .hasMessageStartingWith("cannot read --kafka.properties-file " + missing);
    }

    private Properties load(String... lines) throws Exception {
        Path file = Files.writeString(dir.resolve("client.properties"), String.join("\n", lines));
        return KafkaClientProperties.from(
                JobSettings.parse("--kafka.properties-file", file.toString()));
    }

    /** Two string settings, as a Kafka client would define them. */
    private static ConfigDef definition() {
        ConfigDef definition = new ConfigDef();
        for (String name :
                Map.of("a", "ssl.truststore.password", "b", "sasl.jaas.config").values()) {
            definition.define(name, ConfigDef.Type.STRING, "", ConfigDef.Importance.HIGH, name);
        }
        return definition;
    }
}
