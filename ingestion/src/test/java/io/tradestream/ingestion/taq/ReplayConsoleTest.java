package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplayConsoleTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ReplayConsole console(boolean terminal) {
        return new ReplayConsole(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
    }

    private static ReplayProgress progress(long events) {
        return new ReplayProgress(events, 0, -1, 1_000_000_000L, Optional.empty());
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndWipedForProblems() {
        ReplayConsole console = console(true);
        console.progress(progress(12_345));
        console.progress(progress(7));
        console.problem("malformed line f:3: bad");
        console.progress(progress(8));
        console.finish();

        assertThat(console.progressInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "\r12,345 events  12,345 events/s"
                                + "\r7 events  7 events/s"
                                + " ".repeat(10)
                                + "\r"
                                + " ".repeat(20)
                                + "\r"
                                + "\r8 events  8 events/s"
                                + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("malformed line f:3: bad" + System.lineSeparator());
    }

    @Test
    void elsewhereProgressIsAPlainLineEveryFiveSeconds() {
        ReplayConsole console = console(false);
        console.info("replaying");
        console.progress(progress(5));
        console.finish();

        assertThat(console.progressInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "replaying"
                                + System.lineSeparator()
                                + "progress: 0 B read, 5 events, 5 events/s"
                                + System.lineSeparator());
    }
}
