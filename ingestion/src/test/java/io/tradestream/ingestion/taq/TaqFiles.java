package io.tradestream.ingestion.taq;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

/** Small TAQ files for tests. */
final class TaqFiles {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final String TRADE_HEADER = String.join("|", TaqLayout.TRADE_COLUMNS);
    static final String QUOTE_HEADER = String.join("|", TaqLayout.QUOTE_COLUMNS);

    private TaqFiles() {}

    /** Writes the lines, each ending in a newline, plain or gzip-compressed. */
    static Path write(Path path, boolean gzip, String... lines) throws IOException {
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        try (OutputStream out =
                gzip
                        ? new GZIPOutputStream(Files.newOutputStream(path))
                        : Files.newOutputStream(path)) {
            out.write(text);
        }
        return path;
    }

    static TaqFile local(Path path, TaqKind kind) {
        return new TaqFile(new TaqLocation.LocalFile(path), kind, DAY);
    }
}
