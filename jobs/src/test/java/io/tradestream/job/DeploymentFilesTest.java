package io.tradestream.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * docker-compose.yml and the Kubernetes FlinkDeployment against what the job and the production
 * flink-conf/config.yaml say: the Flink version, the services the job settings name, the topics,
 * the keyspace, and the cluster configuration.
 */
class DeploymentFilesTest {
    private static final Path REPO = Path.of(System.getProperty("tradestream.repo", ".."));
    private static final String FLINK_VERSION = System.getProperty("flink.version");
    private static final String JOB_JAR = "/opt/flink/usrlib/tradestream-job.jar";

    /**
     * config.yaml keys that name addresses, ports, local folders and process sizes: a
     * FlinkDeployment leaves them to the operator, to durable storage or to its resources.
     */
    private static final Set<String> PER_DEPLOYMENT_KEYS =
            Set.of(
                    "jobmanager.rpc.address",
                    "jobmanager.rpc.port",
                    "jobmanager.bind-host",
                    "taskmanager.bind-host",
                    "rest.address",
                    "rest.bind-address",
                    "rest.port",
                    "blob.server.port",
                    "taskmanager.rpc.port",
                    "taskmanager.data.port",
                    "jobmanager.memory.process.size",
                    "taskmanager.memory.process.size",
                    "execution.checkpointing.dir",
                    "execution.checkpointing.savepoint-dir",
                    "io.tmp.dirs",
                    "web.tmpdir");

    private static final String CHECKPOINT_DIR = "execution.checkpointing.dir";
    private static final String SAVEPOINT_DIR = "execution.checkpointing.savepoint-dir";

    @Test
    void composeFlinkServicesRunTheProjectsFlinkVersionWithTheJobJar() throws IOException {
        List<String> dockerfile = Files.readAllLines(REPO.resolve("docker/flink/Dockerfile"));

        assertThat(FLINK_VERSION).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(dockerfile)
                .filteredOn(line -> line.startsWith("FROM "))
                .containsExactly("FROM flink:" + FLINK_VERSION + "-java17");
        assertThat(dockerfile)
                .contains("COPY --chown=flink:flink jobs/target/tradestream-job.jar " + JOB_JAR);
        for (String name : List.of("jobmanager", "taskmanager", "job-submit")) {
            assertThat(map(service(name).get("build")))
                    .as(name)
                    .containsEntry("context", ".")
                    .containsEntry("dockerfile", "docker/flink/Dockerfile");
        }
    }

    @Test
    void jobSubmissionReachesComposeServicesWithValidSettings() throws IOException {
        Map<String, Object> flinkConfig = flinkConfig();
        List<String> command = strings(service("job-submit").get("command"));
        JobSettings settings = JobSettings.parse(args(command.subList(2, command.size())));

        assertThat(command.get(0)).isEqualTo("submit-tradestream.sh");
        assertThat(command.get(1))
                .isEqualTo(
                        flinkConfig.get("jobmanager.rpc.address")
                                + ":"
                                + flinkConfig.get("rest.port"));
        assertThat(service(String.valueOf(flinkConfig.get("jobmanager.rpc.address"))))
                .containsEntry("command", "jobmanager");
        String bootstrapServers = settings.get("kafka.bootstrap-servers");
        String kafkaService = bootstrapServers.substring(0, bootstrapServers.indexOf(':'));
        assertThat(services()).containsKeys(kafkaService, settings.get("cassandra.host"));
        assertThat(environment(kafkaService))
                .containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://" + bootstrapServers);
        assertThat(settings.integer("cassandra.port")).isEqualTo(9042);
    }

    @Test
    void topicsServiceCreatesEveryTopicTheJobUses() throws IOException {
        JobSettings defaults = JobSettings.parse();
        Map<String, Integer> partitionsByTopic = new LinkedHashMap<>();
        for (String topic : String.valueOf(environment("topics").get("TOPICS")).split(" ")) {
            String[] nameAndPartitions = topic.split(":");
            partitionsByTopic.put(nameAndPartitions[0], Integer.valueOf(nameAndPartitions[1]));
        }

        Set<String> jobTopics =
                JobSettings.names().stream()
                        .filter(name -> name.startsWith("topic."))
                        .map(defaults::get)
                        .collect(Collectors.toSet());
        assertThat(jobTopics).hasSize(8);
        assertThat(partitionsByTopic.keySet()).containsExactlyInAnyOrderElementsOf(jobTopics);
        assertThat(partitionsByTopic)
                .containsEntry("trades", 4)
                .containsEntry("quotes", 4)
                .containsEntry("rules", 1);
    }

    @Test
    void schemaServiceMigratesTheJobsKeyspaceInTheCassandraDatacenter() throws IOException {
        List<String> command = strings(service("schema").get("command"));
        Map<String, String> options = options(command.subList(3, command.size()));
        String datacenter = String.valueOf(environment("cassandra").get("CASSANDRA_DC"));

        assertThat(command.subList(0, 3)).containsExactly("java", "-jar", "schema-migrator.jar");
        assertThat(options)
                .containsEntry("--keyspace", JobSettings.parse().get("cassandra.keyspace"))
                .containsEntry("--contact-point", "cassandra:9042")
                .containsEntry("--datacenter", datacenter)
                .containsEntry("--replication", datacenter + ":1");
    }

    @Test
    void flinkDeploymentRepeatsTheProductionConfiguration() throws IOException {
        Map<String, Object> production = flinkConfig();
        Map<String, Object> spec = map(deployment().get("spec"));
        Map<String, Object> deploymentConfig = map(spec.get("flinkConfiguration"));

        assertThat(spec.get("flinkVersion"))
                .isEqualTo(
                        "v"
                                + FLINK_VERSION
                                        .substring(0, FLINK_VERSION.lastIndexOf('.'))
                                        .replace('.', '_'));
        for (Map.Entry<String, Object> entry : production.entrySet()) {
            if (!PER_DEPLOYMENT_KEYS.contains(entry.getKey())) {
                assertThat(deploymentConfig)
                        .as(entry.getKey())
                        .containsEntry(entry.getKey(), String.valueOf(entry.getValue()));
            }
        }
        assertThat(deploymentConfig.keySet())
                .allMatch(
                        key -> production.containsKey(key) || key.startsWith("high-availability."));
        assertThat(deploymentConfig.get(CHECKPOINT_DIR)).asString().startsWith("s3://");
        assertThat(deploymentConfig.get(SAVEPOINT_DIR)).asString().startsWith("s3://");
        assertThat(map(map(spec.get("jobManager")).get("resource")))
                .containsEntry("memory", production.get("jobmanager.memory.process.size"));
        assertThat(map(map(spec.get("taskManager")).get("resource")))
                .containsEntry("memory", production.get("taskmanager.memory.process.size"));
        assertThat(String.valueOf(spec.get("podTemplate")))
                .contains("flink-s3-fs-presto-" + FLINK_VERSION + ".jar");
    }

    @Test
    void flinkDeploymentRunsTheJobJarWithSavepointUpgrades() throws IOException {
        Map<String, Object> job = map(map(deployment().get("spec")).get("job"));
        JobSettings settings = JobSettings.parse(args(strings(job.get("args"))));

        assertThat(job)
                .containsEntry("jarURI", "local://" + JOB_JAR)
                .containsEntry("upgradeMode", "savepoint")
                .containsEntry("state", "running");
        JobSettings defaults = JobSettings.parse();
        for (String address : List.of("kafka.bootstrap-servers", "cassandra.host")) {
            assertThat(settings.get(address)).as(address).isNotEqualTo(defaults.get(address));
        }
    }

    private static Map<String, Object> flinkConfig() throws IOException {
        return load(REPO.resolve("flink-conf/config.yaml"));
    }

    private static Map<String, Object> deployment() throws IOException {
        return load(REPO.resolve("deploy/kubernetes/tradestream.yaml"));
    }

    private static Map<String, Object> services() throws IOException {
        return map(load(REPO.resolve("docker-compose.yml")).get("services"));
    }

    /**
     * A compose service with its YAML merge key ({@code <<: *anchor}) applied: YAML 1.2 parsers
     * keep it as an ordinary key, compose merges it under the service's own keys.
     */
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> declared = map(services().get(name));
        assertThat(declared).as("compose service " + name).isNotNull();
        Map<String, Object> merged = new HashMap<>();
        if (declared.containsKey("<<")) {
            merged.putAll(map(declared.get("<<")));
        }
        merged.putAll(declared);
        merged.remove("<<");
        return merged;
    }

    private static Map<String, Object> environment(String service) throws IOException {
        return map(service(service).get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) throws IOException {
        return (Map<String, Object>)
                new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static String[] args(List<String> list) {
        return list.toArray(String[]::new);
    }

    /** {@code --name value} pairs. */
    private static Map<String, String> options(List<String> pairs) {
        assertThat(pairs.size() % 2).as("name value pairs: " + pairs).isZero();
        return Stream.iterate(0, i -> i < pairs.size(), i -> i + 2)
                .collect(Collectors.toMap(pairs::get, i -> pairs.get(i + 1)));
    }
}
