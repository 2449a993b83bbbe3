package io.tradestream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardSettingsTest {
    @TempDir Path folder;

    @Test
    void defaultsFitTheLocalStack() {
        DashboardSettings settings = DashboardSettings.parse(new String[0], Map.of());

        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.cassandra().getHostString()).isEqualTo("127.0.0.1");
        assertThat(settings.cassandra().getPort()).isEqualTo(9042);
        assertThat(settings.keyspace()).isEqualTo("tradestream");
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.rulesTopic()).isEqualTo("rules");
        assertThat(settings.alertsTopic()).isEqualTo("alerts");
        assertThat(settings.keystore()).isNull();
        assertThat(settings.ruleVerdictTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.secureCookies()).isFalse();
    }

    @Test
    void readsEveryOptionAndTheKeystorePasswordFromAFile() throws Exception {
        Path passwordFile = Files.writeString(folder.resolve("password"), "s3cret\n");

        DashboardSettings settings =
                DashboardSettings.parse(
                        new String[] {
                            "--port",
                            "0",
                            "--bind",
                            "0.0.0.0",
                            "--cassandra",
                            "db:9142",
                            "--keyspace",
                            "ks",
                            "--kafka",
                            "k:1",
                            "--rules-topic",
                            "r",
                            "--alerts-topic",
                            "a",
                            "--keystore",
                            "/keys.p12",
                            "--keystore-password-file",
                            passwordFile.toString(),
                            "--contact-key",
                            "k2",
                            "--rule-verdict-seconds",
                            "3",
                            "--secure-cookies"
                        },
                        Map.of());

        assertThat(settings.port()).isZero();
        assertThat(settings.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.cassandra().getHostString()).isEqualTo("db");
        assertThat(settings.keystorePassword()).isEqualTo("s3cret".toCharArray());
        assertThat(settings.contactKeyId()).isEqualTo("k2");
        assertThat(settings.ruleVerdictTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.secureCookies()).isTrue();
    }

    @Test
    void aKeystoreNeedsAPasswordFromAFileOrTheEnvironment() {
        assertThat(
                        DashboardSettings.parse(
                                        new String[] {"--keystore", "/keys.p12"},
                                        Map.of("TRADESTREAM_KEYSTORE_PASSWORD", "from-env"))
                                .keystorePassword())
                .isEqualTo("from-env".toCharArray());
        assertThatThrownBy(
                        () ->
                                DashboardSettings.parse(
                                        new String[] {"--keystore", "/k.p12"}, Map.of()))
                .hasMessage(
                        "--keystore needs a password: --keystore-password-file FILE or the"
                                + " variable TRADESTREAM_KEYSTORE_PASSWORD");
    }

    @Test
    void refusesUnknownOptions() {
        assertThatThrownBy(() -> DashboardSettings.parse(new String[] {"--prot", "1"}, Map.of()))
                .hasMessage("unknown option --prot");
        assertThatThrownBy(() -> DashboardSettings.parse(new String[] {"stray"}, Map.of()))
                .hasMessage("unexpected argument 'stray'");
    }
}
