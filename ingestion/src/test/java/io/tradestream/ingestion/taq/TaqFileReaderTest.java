package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.model.MarketEvent;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaqFileReaderTest {

    private static final long T0 = Instant.parse("2026-11-20T14:30:00Z").toEpochMilli();

    @TempDir Path dir;

    private final List<String> printed = new ArrayList<>();
    private final ReplayTally tally = new ReplayTally(2, printed::add);
    private final AtomicLong bytesRead = new AtomicLong();

    private List<MarketEvent> readAll(TaqFile file) throws Exception {
        List<MarketEvent> events = new ArrayList<>();
        try (TaqSources sources = new TaqSources(S3Settings.DEFAULT);
                TaqFileReader reader =
                        TaqFileReader.open(file, sources, Set.of(), bytesRead, tally)) {
            reader.forEachRemaining(event -> events.add(event.event()));
        }
        return events;
    }

    @Test
    void readsEveryDataLineAndCountsAndReportsTheRest() throws Exception {
        Path path =
                TaqFiles.write(
                        dir.resolve("EQY_US_ALL_BBO_20261120"),
                        false,
                        TaqFiles.QUOTE_HEADER,
                        "093000000|P|AAPL|189.5|3|189.55|2",
                        "093000001|P|AAPL|0|0|189.55|2",
                        "093000002|P|AAPL|189.5|3",
                        "093000003|P|AAPL|189.6|1|189.55|2",
                        "",
                        "093000004|P|AAPL|x|1|189.55|2",
                        "093000005|Q|MSFT|412.1|1|412.2|1",
                        "END|20261120|7");

        assertThat(readAll(TaqFiles.local(path, TaqKind.QUOTES)))
                .containsExactly(
                        MarketEvent.of(new Quote("AAPL", T0, 189.5, 300, 189.55, 200)),
                        MarketEvent.of(new Quote("MSFT", T0 + 5, 412.1, 100, 412.2, 100)));
        assertThat(tally.lines()).isEqualTo(9);
        assertThat(tally.skipped()).isEqualTo(Map.of("one-sided quotes", 1L));
        assertThat(tally.malformed()).isEqualTo(4);
        assertThat(printed)
                .containsExactly(
                        "malformed line EQY_US_ALL_BBO_20261120:4: 5 field(s), but the header has"
                                + " 23 and Offer_Size is field 7: 093000002|P|AAPL|189.5|3",
                        "malformed line EQY_US_ALL_BBO_20261120:5: crossed quote: Offer_Price"
                                + " 189.55 is below Bid_Price 189.6:"
                                + " 093000003|P|AAPL|189.6|1|189.55|2",
                        "more malformed lines are counted, not shown (--show-malformed N shows"
                                + " more)");
        assertThat(bytesRead.get()).isEqualTo(Files.size(path));
    }

    @Test
    void gzipIsToldByItsFirstBytesNotByTheName() throws Exception {
        String[] lines = {TaqFiles.TRADE_HEADER, "093000000|N|AAPL|@|100|189.52"};
        List<MarketEvent> expected = List.of(MarketEvent.of(new Trade("AAPL", T0, 189.52, 100)));
        Path gzipWithoutSuffix = TaqFiles.write(dir.resolve("trades_20261120"), true, lines);
        Path plainWithSuffix = TaqFiles.write(dir.resolve("trades_20261120.gz"), false, lines);

        assertThat(readAll(TaqFiles.local(gzipWithoutSuffix, TaqKind.TRADES))).isEqualTo(expected);
        // Progress counts compressed bytes.
        assertThat(bytesRead.get()).isEqualTo(Files.size(gzipWithoutSuffix));
        assertThat(readAll(TaqFiles.local(plainWithSuffix, TaqKind.TRADES))).isEqualTo(expected);
        assertThat(Compression.detect(Files.readAllBytes(gzipWithoutSuffix), 4))
                .isEqualTo(Compression.GZIP);
        assertThat(Compression.detect(Files.readAllBytes(plainWithSuffix), 4))
                .isEqualTo(Compression.NONE);
    }

    @Test
    void otherCompressionsAreRefusedByName() throws Exception {
        Path zip = dir.resolve("trades_20261120.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0});

        assertThatThrownBy(() -> readAll(TaqFiles.local(zip, TaqKind.TRADES)))
                .isInstanceOf(TaqFormatException.class)
                .hasMessage(
                        "trades_20261120.zip is zip-compressed; files are read plain or"
                                + " gzip-compressed: unpack it or compress it with gzip");
    }

    @Test
    void aMissingEmptyOrHeaderlessFileCannotBeReplayed() throws Exception {
        Path missing = dir.resolve("EQY_US_ALL_TRADE_20261120.gz");
        assertThatThrownBy(() -> readAll(TaqFiles.local(missing, TaqKind.TRADES)))
                .isInstanceOf(TaqFormatException.class)
                .hasMessage("no such file: " + missing);

        Path empty = Files.createFile(dir.resolve("empty_20261120"));
        assertThatThrownBy(() -> readAll(TaqFiles.local(empty, TaqKind.TRADES)))
                .hasMessage(empty + " is empty: expected a header line");

        assertThatThrownBy(() -> readAll(TaqFiles.local(dir, TaqKind.TRADES)))
                .hasMessage(dir + " is a folder, not a TAQ file");

        Path headerless =
                TaqFiles.write(dir.resolve("q_20261120"), false, "093000000|N|AAPL|@|100|189.52");
        assertThatThrownBy(() -> readAll(TaqFiles.local(headerless, TaqKind.TRADES)))
                .hasMessageStartingWith(
                        headerless
                                + ": the first line is not the header of a TAQ trade file: it lacks"
                                + " the column(s) Time, Symbol, Trade Volume, Trade Price");
    }

    @Test
    void aTruncatedGzipFileFailsNamingTheLastLineRead() throws Exception {
        String[] lines = new String[2001];
        lines[0] = TaqFiles.TRADE_HEADER;
        Arrays.fill(lines, 1, lines.length, "093000000|N|AAPL|@|100|189.52");
        Path whole = TaqFiles.write(dir.resolve("whole_20261120"), true, lines);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated =
                Files.write(dir.resolve("cut_20261120"), Arrays.copyOf(bytes, bytes.length - 10));

        assertThatThrownBy(() -> readAll(TaqFiles.local(truncated, TaqKind.TRADES)))
                .isInstanceOf(UncheckedIOException.class)
                .cause()
                .isInstanceOf(IOException.class)
                // Where reading stops depends on the buffers between the file and the lines.
                .hasMessageMatching(
                        "cut_20261120: reading failed after line [0-9]+: Unexpected end of ZLIB"
                                + " input stream");
    }
}
