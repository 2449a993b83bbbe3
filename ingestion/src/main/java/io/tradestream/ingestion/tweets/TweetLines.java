package io.tradestream.ingestion.tweets;

import io.tradestream.ingestion.taq.Compression;
import io.tradestream.ingestion.taq.TaqFormatException;
import io.tradestream.model.json.ParseResult;
import io.tradestream.model.json.TweetJson;
import io.tradestream.model.tweets.Tweet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a JSON-lines file of tweets (plain or gzip, told by its first bytes), each parsed
 * with {@link TweetJson}, with its line number. Blank lines are skipped.
 */
final class TweetLines implements Iterator<TweetLines.Line>, AutoCloseable {

    /** One line: a tweet or the reason it was refused. */
    record Line(long number, ParseResult<Tweet> tweet) {}

    private final BufferedReader reader;
    private long number;
    private Line next;

    private TweetLines(BufferedReader reader) {
        this.reader = reader;
    }

    static TweetLines open(Path file) throws IOException, TaqFormatException {
        return new TweetLines(
                new BufferedReader(
                        new InputStreamReader(
                                Compression.decode(
                                        file.getFileName().toString(), Files.newInputStream(file)),
                                StandardCharsets.UTF_8)));
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                String text = reader.readLine();
                if (text == null) {
                    return false;
                }
                number++;
                if (!text.isBlank()) {
                    next = new Line(number, TweetJson.parse(text.getBytes(StandardCharsets.UTF_8)));
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (number + 1), e);
        }
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
