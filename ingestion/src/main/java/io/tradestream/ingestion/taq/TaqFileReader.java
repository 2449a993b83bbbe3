package io.tradestream.ingestion.taq;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events of one TAQ file, read line by line as they are iterated: the header first, then data
 * lines up to the end. The {@code END|} trailer line is passed over; malformed and skipped lines go
 * to the {@link ReplayTally}.
 *
 * <p>Iteration throws {@link UncheckedIOException} if reading fails midway (a truncated gzip file,
 * a dropped connection, a download whose checksum does not match), naming the file and the last
 * line read.
 */
final class TaqFileReader implements Iterator<TaqEvent>, Closeable {

    private final String name;
    private final long size;
    private final BufferedReader reader;
    private final TaqLineParser parser;
    private final ReplayTally tally;
    private long lineNumber;
    private TaqEvent next;
    private boolean ended;

    private TaqFileReader(
            String name,
            long size,
            BufferedReader reader,
            TaqLineParser parser,
            ReplayTally tally) {
        this.name = name;
        this.size = size;
        this.reader = reader;
        this.parser = parser;
        this.tally = tally;
        this.lineNumber = 1;
    }

    /**
     * Opens the file and reads its header.
     *
     * @param bytesRead counts the bytes taken from the file's store (compressed bytes for gzip)
     * @param symbols tickers to keep; empty keeps all
     * @throws TaqFormatException if the file cannot be opened or has no valid header
     */
    static TaqFileReader open(
            TaqFile file,
            TaqSources sources,
            Set<String> symbols,
            AtomicLong bytesRead,
            ReplayTally tally)
            throws TaqFormatException {
        String name = file.location().fileName();
        OpenedInput input = sources.open(file.location());
        BufferedReader reader = null;
        try {
            reader =
                    new BufferedReader(
                            new InputStreamReader(
                                    Compression.decode(
                                            name,
                                            new CountingInputStream(input.stream(), bytesRead)),
                                    StandardCharsets.ISO_8859_1));
            String header = reader.readLine();
            if (header == null) {
                throw new TaqFormatException(file.location() + " is empty: expected a header line");
            }
            tally.lineRead();
            TaqLineParser parser =
                    new TaqLineParser(
                            file.kind(),
                            TaqHeader.parse(file.location().toString(), header, file.kind()),
                            new TradingDay(file.date()),
                            symbols);
            return new TaqFileReader(name, input.size(), reader, parser, tally);
        } catch (IOException | TaqFormatException | RuntimeException e) {
            closeQuietly(reader == null ? input.stream() : reader, e);
            if (e instanceof TaqFormatException format) {
                throw format;
            }
            throw new TaqFormatException(
                    "cannot read " + file.location() + ": " + e.getMessage(), e);
        }
    }

    /** The file's size in its store (compressed if it is), or -1 if unknown. */
    long size() {
        return size;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            String line = readLine();
            if (line == null) {
                ended = true;
            } else {
                lineNumber++;
                tally.lineRead();
                accept(line);
            }
        }
        return next != null;
    }

    @Override
    public TaqEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException(name + " has no more events");
        }
        TaqEvent event = next;
        next = null;
        return event;
    }

    private void accept(String line) {
        if (line.startsWith(TaqLayout.TRAILER_PREFIX)) {
            return;
        }
        ParsedLine parsed = parser.parse(line);
        if (parsed instanceof ParsedLine.Event event) {
            next = event.event();
        } else if (parsed instanceof ParsedLine.Skipped skipped) {
            tally.skipped(skipped.reason());
        } else {
            tally.malformed(name, lineNumber, ((ParsedLine.Malformed) parsed).reason(), line);
        }
    }

    private String readLine() {
        try {
            return reader.readLine();
        } catch (IOException | RuntimeException e) {
            // RuntimeException: the S3 client reports a broken download (a checksum that does
            // not match) unchecked.
            throw new UncheckedIOException(
                    new IOException(
                            name
                                    + ": reading failed after line "
                                    + lineNumber
                                    + ": "
                                    + e.getMessage(),
                            e));
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static void closeQuietly(Closeable closeable, Exception failure) {
        try {
            closeable.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
