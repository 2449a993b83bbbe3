package io.tradestream.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.job.io.CassandraWriteMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobSettingsTest {
    @Test
    void defaultsSuitTheLocalStackAndLaterValuesWin() {
        JobSettings settings =
                JobSettings.parse(
                        "--cassandra.port",
                        "19042",
                        "--checkpoint.interval",
                        "1s",
                        "--cassandra.port",
                        "29042");

        assertThat(settings.get("kafka.bootstrap-servers")).isEqualTo("127.0.0.1:9092");
        assertThat(settings.integer("cassandra.port")).isEqualTo(29042);
        assertThat(settings.duration("checkpoint.interval")).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.duration("watermark.out-of-orderness"))
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void refusesUnknownSettingsAndBadValuesByName() {
        assertThatThrownBy(() -> JobSettings.parse("--kafka.bootstrap", "x"))
                .hasMessageStartingWith("unknown setting '--kafka.bootstrap'")
                .hasMessageContaining("--kafka.bootstrap-servers (default 127.0.0.1:9092)");
        assertThatThrownBy(() -> JobSettings.parse("--topic.trades"))
                .hasMessage("setting '--topic.trades' needs a value");
        assertThatThrownBy(
                        () ->
                                JobSettings.parse("--cassandra.port", "nine")
                                        .integer("cassandra.port"))
                .hasMessage("setting --cassandra.port must be a whole number, got 'nine'");
        assertThatThrownBy(
                        () ->
                                JobSettings.parse("--watermark.idleness", "soon")
                                        .duration("watermark.idleness"))
                .hasMessage(
                        "setting --watermark.idleness: expected a duration such as 30s, 10m, 1h"
                                + " or 1d, got 'soon'");
    }

    @Test
    void flagsAreTrueOrFalse() {
        assertThat(JobSettings.parse().flag("cassandra.check-at-start")).isTrue();
        assertThat(
                        JobSettings.parse("--cassandra.check-at-start", "false")
                                .flag("cassandra.check-at-start"))
                .isFalse();
        assertThatThrownBy(
                        () ->
                                JobSettings.parse("--cassandra.check-at-start", "no")
                                        .flag("cassandra.check-at-start"))
                .hasMessage("setting --cassandra.check-at-start must be true or false, got 'no'");
    }

    @Test
    void cassandraWriteModeIsUpsertUnlessTheWriteAheadLogIsChosen() {
        assertThat(CassandraWriteMode.parse(JobSettings.parse().get("cassandra.write-mode")))
                .isEqualTo(CassandraWriteMode.UPSERT);
        assertThat(CassandraWriteMode.parse("write-ahead-log"))
                .isEqualTo(CassandraWriteMode.WRITE_AHEAD_LOG);
        assertThatThrownBy(() -> CassandraWriteMode.parse("wal"))
                .hasMessage(
                        "setting --cassandra.write-mode must be one of upsert, write-ahead-log,"
                                + " got 'wal'");
    }
}
