package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {
    @TempDir Path folder;

    @Test
    void showsTheLastLinesOfEachNonEmptyFileUnderItsName() throws IOException {
        Path log = Files.writeString(folder.resolve("a.log"), "one\ntwo\nthree\nfour\n");
        Path empty = Files.writeString(folder.resolve("a.out"), "");

        assertThat(LogTail.of(List.of(log, empty, folder.resolve("missing.log")), 2))
                .isEqualTo("\n--- last lines of " + log + " ---\nthree\nfour\n");
    }

    @Test
    void skipsTheCutFirstLineOfAHugeFile() throws IOException {
        Path log = folder.resolve("big.log");
        Files.writeString(log, "x".repeat(100_000) + "\nlast\n");

        assertThat(LogTail.lastLines(log, 5)).isEqualTo("last\n");
    }
}
