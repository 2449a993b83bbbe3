package io.tradestream.job.backtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * The lines of one file, in order, each parsed as a record of a topic partition whose offsets are
 * line numbers (from 0). Generator index n is line n, so a restore that resumes at index n reopens
 * the file and skips to line n: the file is read exactly once across failures. The file is opened
 * at the first record, so an empty partition never opens one.
 *
 * @param <T> the parsed record
 */
final class FileRecords<T> implements GeneratorFunction<Long, T> {
    private static final long serialVersionUID = 1L;

    /** Parses one line; shipped to the task managers, so it must be serializable. */
    @FunctionalInterface
    interface LineParser<T> extends Serializable {
        T parse(String topic, int partition, long offset, byte[] payload);
    }

    private final String path;
    private final String topic;
    private final int partition;
    private final LineParser<T> parser;
    private transient BufferedReader reader;
    private transient long nextLine;

    FileRecords(Path path, String topic, int partition, LineParser<T> parser) {
        this.path = path.toString();
        this.topic = topic;
        this.partition = partition;
        this.parser = parser;
    }

    /** How many lines {@code file} has: the number of records its source generates. */
    static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public T map(Long index) throws IOException {
        if (reader == null || index != nextLine) {
            reopen();
        }
        while (nextLine < index) {
            reader.readLine();
            nextLine++;
        }
        String line = reader.readLine();
        if (line == null) {
            throw new IOException(path + " has fewer than " + (index + 1) + " lines");
        }
        nextLine++;
        return parser.parse(topic, partition, index, line.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }

    private void reopen() throws IOException {
        close();
        reader = Files.newBufferedReader(Paths.get(path), StandardCharsets.UTF_8);
        nextLine = 0;
    }
}
