package io.tradestream.job.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.driver.core.ConsistencyLevel;
import io.tradestream.job.JobSettings;
import org.junit.jupiter.api.Test;

class CassandraConsistencyTest {
    @Test
    void writesAtLocalQuorumUnlessAnotherLevelIsChosen() {
        assertThat(
                        CassandraConnection.consistency(
                                JobSettings.parse().get("cassandra.consistency")))
                .isEqualTo(ConsistencyLevel.LOCAL_QUORUM);
        assertThat(CassandraConnection.consistency("LOCAL_ONE"))
                .isEqualTo(ConsistencyLevel.LOCAL_ONE);
    }

    @Test
    void refusesSerialAndUnknownLevelsNamingTheChoices() {
        for (String level : new String[] {"SERIAL", "LOCAL_SERIAL", "local_quorum", "TWO_THIRDS"}) {
            assertThatThrownBy(() -> CassandraConnection.consistency(level))
                    .hasMessage(
                            "setting --cassandra.consistency must be one of ANY, ONE, TWO, THREE,"
                                    + " QUORUM, ALL, LOCAL_QUORUM, EACH_QUORUM, LOCAL_ONE, got '"
                                    + level
                                    + "'");
        }
    }
}
