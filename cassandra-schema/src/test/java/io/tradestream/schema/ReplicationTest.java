package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationTest {

    @Test
    void simpleStrategyCql() {
        assertThat(Replication.simple(3).toCql())
                .isEqualTo("{'class': 'SimpleStrategy', 'replication_factor': 3}");
    }

    @Test
    void networkTopologyCqlListsDatacentersInNameOrder() {
        assertThat(Replication.parseNetworkTopology("eu-west:2, dc1:3").toCql())
                .isEqualTo("{'class': 'NetworkTopologyStrategy', 'dc1': 3, 'eu-west': 2}");
        assertThat(Replication.parseNetworkTopology("dc1:3"))
                .isEqualTo(Replication.networkTopology(Map.of("dc1", 3)));
    }

    @Test
    void createKeyspaceStatement() {
        assertThat(SchemaMigrator.createKeyspaceCql("tradestream", Replication.simple(1)))
                .isEqualTo(
                        "CREATE KEYSPACE IF NOT EXISTS tradestream WITH replication ="
                                + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
        assertThatThrownBy(() -> SchemaMigrator.createKeyspaceCql("Bad", Replication.simple(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadFactorsAndDatacenters() {
        assertThatThrownBy(() -> Replication.simple(0))
                .hasMessage("replication factor must be between 1 and 99, got 0");
        assertThatThrownBy(() -> Replication.parseNetworkTopology("dc1:3,dc2"))
                .hasMessage(
                        "expected <datacenter>:<factor> entries such as dc1:3,dc2:3, got 'dc2'");
        assertThatThrownBy(() -> Replication.parseNetworkTopology("dc1:three"))
                .hasMessage("replication factor of 'dc1' is not a number: three");
        assertThatThrownBy(() -> Replication.parseNetworkTopology("dc1:3,dc1:2"))
                .hasMessage("datacenter 'dc1' given twice");
        assertThatThrownBy(() -> Replication.parseNetworkTopology("dc'1:3"))
                .hasMessage("bad datacenter name 'dc'1': letters, digits, '_', '.' and '-' only");
        assertThatThrownBy(() -> Replication.parseNetworkTopology("dc1:0"))
                .hasMessage("replication factor of dc1 must be between 1 and 99, got 0");
    }

    @Test
    void matchesTheReplicationCassandraReports() {
        Map<String, String> simple =
                Map.of(
                        "class", "org.apache.cassandra.locator.SimpleStrategy",
                        "replication_factor", "1");
        assertThat(Replication.simple(1).matches(simple)).isTrue();
        assertThat(Replication.simple(3).matches(simple)).isFalse();

        Map<String, String> topology =
                Map.of(
                        "class", "org.apache.cassandra.locator.NetworkTopologyStrategy",
                        "dc1", "3",
                        "dc2", "3");
        assertThat(Replication.parseNetworkTopology("dc2:3,dc1:3").matches(topology)).isTrue();
        assertThat(Replication.parseNetworkTopology("dc1:3").matches(topology)).isFalse();
        assertThat(Replication.simple(3).matches(topology)).isFalse();
    }
}
