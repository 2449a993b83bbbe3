package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortPlanTest {

    @Test
    void defaultsAreTheServersUsualPorts() {
        assertThat(PortPlan.defaults()).isEqualTo(new PortPlan(9092, 9093, 9042, 7000, 8081, 6123));
    }

    @Test
    void ephemeralPortsAreDistinctAndFreeOnLoopback() throws IOException {
        PortPlan plan = PortPlan.ephemeral();

        assertThat(new HashSet<>(plan.asMap().values())).hasSize(6);
        for (int port : plan.asMap().values()) {
            try (ServerSocket socket =
                    new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void rejectsAPortUsedTwice() {
        assertThatThrownBy(() -> new PortPlan(9092, 9092, 9042, 7000, 8081, 6123))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port 9092 is used twice");
    }

    @Test
    void rejectsAPortOutOfRange() {
        assertThatThrownBy(() -> new PortPlan(9092, 9093, 9042, 7000, 0, 6123))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("flink.rest port out of range: 0");
    }

    @Test
    void namesPortsAndReadsThemBack() {
        PortPlan plan = new PortPlan(1001, 1002, 1003, 1004, 1005, 1006);

        assertThat(plan.asMap())
                .containsExactly(
                        Map.entry("kafka", 1001),
                        Map.entry("kafka.controller", 1002),
                        Map.entry("cassandra.native", 1003),
                        Map.entry("cassandra.storage", 1004),
                        Map.entry("flink.rest", 1005),
                        Map.entry("flink.rpc", 1006));
        assertThat(PortPlan.fromMap(plan.asMap())).isEqualTo(plan);
    }

    @Test
    void selectsTheComponentsPorts() {
        PortPlan plan = new PortPlan(1001, 1002, 1003, 1004, 1005, 1006);

        assertThat(plan.of(Component.KAFKA))
                .containsExactly(Map.entry("kafka", 1001), Map.entry("kafka.controller", 1002));
        assertThat(plan.of(Component.FLINK))
                .containsExactly(Map.entry("flink.rest", 1005), Map.entry("flink.rpc", 1006));
    }
}
