package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatYamlTest {

    @Test
    void parsesFlatEntriesSkippingCommentsAndBlankLines() {
        Map<String, String> entries =
                FlatYaml.parse(
                        List.of(
                                "# a comment",
                                "",
                                "rest.port: 8081",
                                "env.java.opts.all: --add-opens=java.base/java.lang=ALL-UNNAMED"
                                        + " -Da=b",
                                "quoted: 'it''s: here'",
                                "commented: 10s # trailing comment"));

        assertThat(entries)
                .containsExactly(
                        Map.entry("rest.port", "8081"),
                        Map.entry(
                                "env.java.opts.all",
                                "--add-opens=java.base/java.lang=ALL-UNNAMED -Da=b"),
                        Map.entry("quoted", "it's: here"),
                        Map.entry("commented", "10s"));
    }

    @Test
    void rejectsNestedYaml() {
        assertThatThrownBy(() -> FlatYaml.parse(List.of("rest:", "  port: 8081")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2 is not a flat 'key: value' entry:   port: 8081");
    }

    @Test
    void replacesValuesInPlaceAndAppendsNewKeys() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("rest.port", "18081");
        overrides.put("io.tmp.dirs", "/home/me/my stack/tmp");
        overrides.put("web.tmpdir", "C: drive");

        List<String> merged =
                FlatYaml.merge(
                        List.of("# REST", "rest.port: 8081", "rest.address: jobmanager", ""),
                        overrides,
                        "Local overrides");

        assertThat(merged)
                .containsExactly(
                        "# REST",
                        "rest.port: 18081",
                        "rest.address: jobmanager",
                        "",
                        "# Local overrides",
                        "io.tmp.dirs: /home/me/my stack/tmp",
                        "web.tmpdir: 'C: drive'");
        assertThat(FlatYaml.parse(merged))
                .containsEntry("web.tmpdir", "C: drive")
                .containsEntry("io.tmp.dirs", "/home/me/my stack/tmp");
    }

    @Test
    void quotesOnlyWhatPlainScalarsCannotHold() {
        assertThat(FlatYaml.quoteIfNeeded("file:///tmp/checkpoints"))
                .isEqualTo("file:///tmp/checkpoints");
        assertThat(FlatYaml.quoteIfNeeded("--add-opens=a")).isEqualTo("--add-opens=a");
        assertThat(FlatYaml.quoteIfNeeded("*")).isEqualTo("'*'");
        assertThat(FlatYaml.quoteIfNeeded("a #b")).isEqualTo("'a #b'");
        assertThat(FlatYaml.quoteIfNeeded("")).isEqualTo("''");
    }
}
