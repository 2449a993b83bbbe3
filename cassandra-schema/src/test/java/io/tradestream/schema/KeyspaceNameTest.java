package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyspaceNameTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tradestream",
                "t",
                "tradestream_e2e_1",
                "a23456789012345678901234567890123456789012345678"
            })
    void acceptsLowerCaseIdentifiersUpTo48Characters(String name) {
        assertThat(KeyspaceName.validate(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "TradeStream",
                "1trade",
                "_trade",
                "trade-stream",
                "trade stream",
                "trade\"; DROP KEYSPACE x; --",
                "a234567890123456789012345678901234567890123456789"
            })
    void rejectsOtherNames(String name) {
        assertThatThrownBy(() -> KeyspaceName.validate(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad keyspace name '" + name + "'");
    }

    @Test
    void rejectsNullAndCassandrasOwnKeyspaces() {
        assertThatThrownBy(() -> KeyspaceName.validate(null))
                .hasMessageStartingWith("bad keyspace name 'null'");
        assertThatThrownBy(() -> KeyspaceName.validate("system_auth"))
                .hasMessage("keyspace 'system_auth' is reserved for Cassandra itself");
    }
}
