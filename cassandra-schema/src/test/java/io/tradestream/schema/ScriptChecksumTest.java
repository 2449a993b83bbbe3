package io.tradestream.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptChecksumTest {

    @Test
    void isTheSha256OfTheScript() {
        // sha256("abc"), a published test vector
        assertThat(ScriptChecksum.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void ignoresLineEndingStyleButNothingElse() {
        String unix = "CREATE TABLE a (k int PRIMARY KEY);\n-- note\n";
        assertThat(ScriptChecksum.of(unix.replace("\n", "\r\n")))
                .isEqualTo(ScriptChecksum.of(unix));
        assertThat(ScriptChecksum.of(unix.replace("note", "Note")))
                .isNotEqualTo(ScriptChecksum.of(unix));
        assertThat(ScriptChecksum.of(unix + " ")).isNotEqualTo(ScriptChecksum.of(unix));
    }
}
