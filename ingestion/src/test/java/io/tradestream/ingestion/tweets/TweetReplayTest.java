package io.tradestream.ingestion.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.ingestion.taq.ReplaySpeed;
import io.tradestream.model.tweets.Tweet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TweetReplayTest {
    private static final String FIRST =
            "{\"id\":\"1\",\"text\":\"$AAPL up\",\"created_at\":\"2026-11-20T14:30:00Z\"}";
    private static final String ENVELOPE =
            "{\"data\":{\"id\":\"2\",\"text\":\"Tesla"
                    + " down\",\"created_at\":\"2026-11-20T14:30:02Z\"},"
                    + "\"matching_rules\":[{\"id\":\"9\",\"tag\":\"tradestream\"}]}";
    private static final String THIRD =
            "{\"id\":\"3\",\"text\":\"$NVDA\",\"created_at\":\"2026-11-20T14:30:03Z\"}";
    private static final long T = Instant.parse("2026-11-20T14:30:00Z").toEpochMilli();

    @TempDir Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final ByteArrayOutputStream report = new ByteArrayOutputStream();
    private final List<Long> sleeps = new ArrayList<>();

    @Test
    void replaysGzipJsonLinesAndReportsMalformedLinesWithTheirNumbers() throws Exception {
        Path file =
                gzip(
                        "tweets.jsonl.gz",
                        FIRST,
                        "",
                        "{\"id\":\"x\",\"text\":\"bad"
                                + " id\",\"created_at\":\"2026-11-20T14:30:01Z\"}",
                        ENVELOPE,
                        "not json",
                        THIRD);

        TweetReplay.Summary summary = replay(ReplaySpeed.MAX, false, 1).replay(List.of(file));

        assertThat(sink.tweets).extracting(Tweet::id).containsExactly("1", "2", "3");
        assertThat(summary.lines()).isEqualTo(5);
        assertThat(summary.sent()).isEqualTo(3);
        assertThat(summary.malformed()).isEqualTo(2);
        assertThat(report.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "tweets.jsonl.gz:3: invalid tweet: field 'id' must be 1-19 digits, got"
                                + " 'x'\n"
                                + "... and 1 more malformed lines\n");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shiftsTweetsToNowKeepingTheirGaps() throws Exception {
        Path file = plain("tweets.jsonl", FIRST, ENVELOPE, THIRD);

        replay(ReplaySpeed.MAX, true, 20).replay(List.of(file));

        long now = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();
        assertThat(sink.tweets)
                .extracting(Tweet::timestamp)
                .containsExactly(now, now + 2_000, now + 3_000);
    }

    @Test
    void pacesByTheTweetsTimesAtTheChosenSpeed() throws Exception {
        Path file = plain("tweets.jsonl", FIRST, ENVELOPE, THIRD);

        replay(new ReplaySpeed(2), false, 20).replay(List.of(file));

        // Twice as fast: the tweets 2 s and 3 s after the first are due 1 s and 1.5 s after it;
        // the fake clock only moves when the replay sleeps.
        assertThat(sleeps).containsExactly(1_000_000_000L, 500_000_000L);
    }

    private TweetReplay replay(ReplaySpeed speed, boolean shiftToNow, int showMalformed) {
        long[] nanos = {0};
        return new TweetReplay(
                sink,
                speed,
                shiftToNow,
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC),
                () -> nanos[0],
                wait -> {
                    sleeps.add(wait);
                    nanos[0] += wait;
                },
                new PrintStream(report, true, StandardCharsets.UTF_8),
                showMalformed);
    }

    private Path plain(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private Path gzip(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
