package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The generated configuration of the Kafka broker and the Cassandra server. */
class ConfigFilesTest {
    private static final PortPlan PORTS = new PortPlan(19092, 19093, 19042, 17000, 18081, 16123);

    @Test
    void kafkaIsASingleKraftNodeOnLoopbackThatKeepsEverything() {
        Map<String, String> config =
                KafkaConfig.serverProperties(PORTS, Path.of("/stack/data/kafka"));

        assertThat(config)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry(
                        "listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", "/stack/data/kafka")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("log.retention.ms", "-1")
                .containsEntry("message.max.bytes", "4194304");
        assertThat(KafkaConfig.toPropertiesText("header", Map.of("a.b", "c")))
                .isEqualTo("# header\na.b=c\n");
    }

    @RepeatedTest(20)
    void kafkaClusterIdIsSixteenBase64UrlBytesNotLookingLikeAnOption() {
        String id = KafkaConfig.randomClusterId();

        assertThat(id).hasSize(22).doesNotStartWith("-");
        assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
    }

    @Test
    void cassandraYamlHasTheRequiredKeysOnLoopback() {
        String yaml = CassandraConfig.yaml(PORTS, false);

        assertThat(yaml.lines())
                .contains(
                        "cluster_name: 'TradeStream Local'",
                        "listen_address: 127.0.0.1",
                        "rpc_address: 127.0.0.1",
                        "storage_port: 17000",
                        "native_transport_port: 19042",
                        "commitlog_sync: periodic",
                        "commitlog_sync_period: 10000ms",
                        "partitioner: org.apache.cassandra.dht.Murmur3Partitioner",
                        "endpoint_snitch: SimpleSnitch",
                        "      - seeds: \"127.0.0.1:17000\"");
        assertThat(yaml).doesNotContain("authenticator", "authorizer", "role_manager");
    }

    @Test
    void cassandraWithAuthenticationChecksPasswordsAndPermissions() {
        String yaml = CassandraConfig.yaml(PORTS, true);

        assertThat(yaml)
                .contains(
                        "authenticator:\n"
                                + "  class_name: org.apache.cassandra.auth.PasswordAuthenticator\n"
                                + "authorizer:\n"
                                + "  class_name: org.apache.cassandra.auth.CassandraAuthorizer\n"
                                + "role_manager:\n"
                                + "  class_name: org.apache.cassandra.auth.CassandraRoleManager\n")
                .endsWith("\n");
    }

    @Test
    void cassandraJvmHasHeapLimitsJava17AccessAndItsFolders() {
        assertThat(
                        CassandraConfig.jvmOptions(
                                Path.of("/s/conf/cassandra.yaml"),
                                Path.of("/s/conf/logback.xml"),
                                Path.of("/s/conf/triggers"),
                                Path.of("/s/data/cassandra"),
                                Path.of("/s/logs")))
                .startsWith("-Xms256m", "-Xmx1g")
                .containsAll(CassandraConfig.JAVA17_MODULE_OPTIONS)
                .contains(
                        "-Djdk.attach.allowAttachSelf=true",
                        "-Dio.netty.tryReflectionSetAccessible=true",
                        "-Dcassandra.config=file:///s/conf/cassandra.yaml",
                        "-Dlogback.configurationFile=file:///s/conf/logback.xml",
                        "-Dcassandra.storagedir=/s/data/cassandra");
        assertThat(CassandraConfig.logbackXml(Path.of("/s/logs/cassandra.log")))
                .contains("<file>/s/logs/cassandra.log</file>");
    }
}
