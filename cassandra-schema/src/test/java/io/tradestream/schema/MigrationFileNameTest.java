package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationFileNameTest {

    @Test
    void parsesVersionAndDescription() {
        assertThat(MigrationFileName.parse("V001__market_data_and_alerts.cql"))
                .contains(new MigrationFileName(1, "market data and alerts"));
        assertThat(MigrationFileName.parse("V42__fills.cql"))
                .contains(new MigrationFileName(42, "fills"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "V1_fills.cql",
                "v1__fills.cql",
                "V__fills.cql",
                "V0__zero.cql",
                "V1__.cql",
                "V1__fills.CQL",
                "V1__fills.cql.bak",
                "V1__two words.cql",
                "V1234567890__too_big.cql",
                "1__fills.cql"
            })
    void rejectsOtherNames(String fileName) {
        assertThat(MigrationFileName.parse(fileName)).isEqualTo(Optional.empty());
    }
}
