package io.tradestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private static final Path DEFAULT_HOME = Path.of("/repo/.tradestream");

    @Test
    void takesTheHomeOutAndKeepsTheCommandsOwnArguments() {
        Options options =
                Options.parse(
                        List.of("alerts", "--home", "/tmp/ts", "--max", "5", "--follow"),
                        DEFAULT_HOME);

        assertThat(options.home()).isEqualTo(Path.of("/tmp/ts"));
        assertThat(options.rest()).containsExactly("alerts", "--max", "5", "--follow");
        assertThat(options.value("--max", "9")).isEqualTo("5");
        assertThat(options.value("--from", "start")).isEqualTo("start");
        assertThat(options.flag("--follow")).isTrue();
    }

    @Test
    void defaultsTheHomeAndNamesAMissingValue() {
        assertThat(Options.parse(List.of(), DEFAULT_HOME).home()).isEqualTo(DEFAULT_HOME);
        assertThatThrownBy(() -> Options.parse(List.of("--home"), DEFAULT_HOME))
                .hasMessage("--home needs a folder");
        assertThatThrownBy(
                        () ->
                                Options.parse(List.of("x", "--max"), DEFAULT_HOME)
                                        .value("--max", "1"))
                .hasMessage("--max needs a value");
    }
}
