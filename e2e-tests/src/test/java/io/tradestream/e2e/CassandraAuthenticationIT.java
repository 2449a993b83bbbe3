package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import io.tradestream.stack.Component;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.PortPlan;
import io.tradestream.stack.StackException;
import io.tradestream.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job against a Cassandra server of its own that asks clients to log in (PasswordAuthenticator,
 * CassandraAuthorizer), with the shared stack's Kafka and Flink: the right password, read from a
 * file, writes rows; a wrong one stops the submission with a message naming the server, the user
 * and the password file, and never the password. The right run also takes its Kafka client
 * properties from a file with a placeholder, which only the cluster's Kafka clients resolve.
 */
@ExtendWith(LocalStackExtension.class)
class CassandraAuthenticationIT {
    private static final String USER = "tradestream";
    private static final String PASSWORD = "Right-Pa55word-ITs";
    private static final String WRONG_PASSWORD = "Wrong-Pa55word-ITs";

    private static final String[] ALICE_RULE =
            PipelineIT.rule("alice", "breakout", "[\"AAPL\"]", "price crosses_above 200", "");
    private static final String[] BOB_RULE =
            PipelineIT.rule("bob", "swing", "[\"MSFT\"]", "abs(change_pct(5s)) >= 2", "");

    private static LocalStack secured;
    private static Path passwordFile;
    private static Path wrongPasswordFile;
    private static Path kafkaProperties;

    @BeforeAll
    static void startCassandraThatAsksForPasswords(LocalStack stack) throws IOException {
        Path home =
                Files.createTempDirectory(Files.createDirectories(Path.of("target")), "auth-")
                        .toAbsolutePath();
        passwordFile = Files.writeString(home.resolve("cassandra-password"), PASSWORD + "\n");
        wrongPasswordFile = Files.writeString(home.resolve("wrong-password"), WRONG_PASSWORD);
        kafkaProperties = kafkaPropertiesWithPlaceholders(home);
        secured =
                LocalStack.builder()
                        .home(home.resolve("stack"))
                        .ports(PortPlan.ephemeral())
                        .components(EnumSet.of(Component.CASSANDRA))
                        .cassandraAuthentication(true)
                        .build()
                        .start();
        try (CqlSession cql = StackClients.cql(secured)) {
            cql.execute(
                    "CREATE ROLE " + USER + " WITH PASSWORD = '" + PASSWORD + "' AND LOGIN = true");
        }
    }

    @AfterAll
    static void stopCassandra() {
        if (secured != null) {
            secured.stop();
        }
    }

    @Test
    void theRightPasswordFromAFileWritesRows(LocalStack stack) throws Exception {
        try (TradeStreamJobRun run = prepare(stack, "authright")) {
            StackClients.produce(stack, run.topic("rules"), List.of(ALICE_RULE, BOB_RULE));

            loggingIn(run, passwordFile)
                    .with("kafka.properties-file", kafkaProperties.toString())
                    .submitAndAwaitRules(2);

            try (CqlSession cql = StackClients.cql(secured)) {
                StackClients.await(
                        "two rule rows",
                        Duration.ofMinutes(1),
                        () -> ruleRows(cql, run).size() == 2);
                assertThat(ruleRows(cql, run))
                        .containsExactly(
                                "alice breakout alert active 1", "bob swing alert active 1");
            }
        }
        assertThat(logLines(stack))
                .anyMatch(
                        line ->
                                line.contains(
                                        "Connecting to Cassandra at "
                                                + address()
                                                + " as user 'tradestream' (password from file "
                                                + passwordFile
                                                + "), without TLS"))
                .noneMatch(line -> line.contains(PASSWORD));
    }

    @Test
    void aWrongPasswordStopsTheSubmissionAndWritesNothing(LocalStack stack) throws Exception {
        try (TradeStreamJobRun run = prepare(stack, "authwrong")) {
            StackClients.produce(stack, run.topic("rules"), List.<String[]>of(ALICE_RULE));
            List<String> jobsBefore = stack.flink().rest().jobIds();

            assertThatThrownBy(() -> loggingIn(run, wrongPasswordFile).submit())
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining(refusedLogin())
                    .hasMessageContaining(
                            "Provided username tradestream and/or password are incorrect")
                    .hasMessageNotContaining(WRONG_PASSWORD);

            assertThat(stack.flink().rest().jobIds()).isEqualTo(jobsBefore);
            try (CqlSession cql = StackClients.cql(secured)) {
                assertThat(ruleRows(cql, run)).isEmpty();
            }
        }
        assertThat(logLines(stack)).noneMatch(line -> line.contains(WRONG_PASSWORD));
    }

    @Test
    void withoutTheCheckAtStartAWrongPasswordFailsTheJobOnceInsteadOfRestartingIt(LocalStack stack)
            throws Exception {
        try (TradeStreamJobRun run = prepare(stack, "authsink")) {
            loggingIn(run, wrongPasswordFile).with("cassandra.check-at-start", "false").submit();

            stack.flink().rest().awaitJobState(run.jobId(), "FAILED", Duration.ofMinutes(2));
            assertThat(run.restarts()).isZero();
            assertThat(
                            stack.flink()
                                    .rest()
                                    .getJson("/jobs/" + run.jobId() + "/exceptions")
                                    .path("root-exception")
                                    .asText())
                    .contains(refusedLogin())
                    .doesNotContain(WRONG_PASSWORD);
        }
    }

    /** A run whose keyspace lives in the secured Cassandra, which the job's user may write to. */
    private static TradeStreamJobRun prepare(LocalStack stack, String name) {
        TradeStreamJobRun run = TradeStreamJobRun.prepareWithCassandraOf(stack, secured, name);
        try (CqlSession cql = StackClients.cql(secured)) {
            cql.execute("GRANT MODIFY ON KEYSPACE " + run.keyspace() + " TO " + USER);
        }
        return run;
    }

    /**
     * Client properties whose one setting is a placeholder that Kafka rejects unless a config
     * provider resolves it, so a job that runs proves that every Kafka client of the job (the
     * source enumerators on the JobManager, readers and writers on the TaskManager) loaded the
     * providers, TradeStream's own among them, and resolved it.
     */
    private static Path kafkaPropertiesWithPlaceholders(Path folder) throws IOException {
        Path values =
                Files.writeString(folder.resolve("kafka-values.properties"), "dns=use_all_dns_ips");
        return Files.writeString(
                folder.resolve("kafka-client.properties"),
                String.join(
                        "\n",
                        "config.providers=file,env",
                        "config.providers.file.class="
                                + "org.apache.kafka.common.config.provider.FileConfigProvider",
                        "config.providers.env.class=io.tradestream.job.io.EnvironmentConfigProvider",
                        "client.dns.lookup=${file:" + values + ":dns}"));
    }

    /** The run, with the job logging in as the test's user with the password in the file. */
    private static TradeStreamJobRun loggingIn(TradeStreamJobRun run, Path passwordFile) {
        return run.with("cassandra.username", USER)
                .with("cassandra.password-file", passwordFile.toString());
    }

    /** The start of the message for the wrong password. */
    private static String refusedLogin() {
        return "Cassandra at "
                + address()
                + " refused the login as user 'tradestream' (password from file "
                + wrongPasswordFile
                + "), without TLS";
    }

    private static String address() {
        return secured.cassandra().host() + ":" + secured.cassandra().nativePort();
    }

    private static List<String> ruleRows(CqlSession cql, TradeStreamJobRun run) {
        return cql
                .execute(
                        "SELECT user_id, rule_id, kind, status, version FROM "
                                + run.keyspace()
                                + ".rules_by_user")
                .all()
                .stream()
                .map(
                        row ->
                                String.join(
                                        " ",
                                        row.getString("user_id"),
                                        row.getString("rule_id"),
                                        row.getString("kind"),
                                        row.getString("status"),
                                        Long.toString(row.getLong("version"))))
                .sorted()
                .toList();
    }

    /** Every line of every log of the shared stack (Flink's JobManager, TaskManager and CLI). */
    private static List<String> logLines(LocalStack stack) throws IOException {
        try (Stream<Path> files = Files.walk(stack.layout().logs())) {
            return files.filter(Files::isRegularFile)
                    .flatMap(CassandraAuthenticationIT::lines)
                    .toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
