package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Replays TAQ files from a real S3 endpoint (S3Mock on 127.0.0.1) through the command line, with
 * the endpoint override and path-style addressing an S3-compatible store needs.
 */
class S3ReplayTest {

    private static final String BUCKET = "taq";
    private static final MarketFeedConfig MARKET =
            TaqSampleWriter.sampleDay(LocalDate.of(2026, 11, 20), 20, Duration.ofSeconds(20), 7)
                    .build();

    /** Credentials for the SDK's default chain, which reads these system properties first. */
    private static final Map<String, String> AWS_PROPERTIES =
            Map.of(
                    "aws.accessKeyId", "replay-test",
                    "aws.secretAccessKey", "replay-test-secret",
                    // Whatever happens, never ask an instance metadata service.
                    "aws.disableEc2Metadata", "true");

    @TempDir static Path dir;

    private static S3MockServer server;
    private static final Map<String, String> propertiesBefore = new HashMap<>();

    private final ReplayCommand command = new ReplayCommand();
    private final CollectingSink sink = command.sink;

    @BeforeAll
    static void uploadASampleDay() throws Exception {
        AWS_PROPERTIES.forEach(
                (name, value) -> propertiesBefore.put(name, System.setProperty(name, value)));
        server = S3MockServer.start(Files.createDirectory(dir.resolve("s3")));
        TaqSampleFiles files = TaqSampleWriter.write(dir.resolve("day"), MARKET, true);
        try (S3Client s3 = S3Files.create(settings(false))) {
            s3.createBucket(request -> request.bucket(BUCKET));
            for (Path file : new Path[] {files.trades(), files.quotes()}) {
                s3.putObject(
                        request -> request.bucket(BUCKET).key("2026/" + file.getFileName()),
                        RequestBody.fromFile(file));
            }
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        propertiesBefore.forEach(
                (name, value) -> {
                    if (value == null) {
                        System.clearProperty(name);
                    } else {
                        System.setProperty(name, value);
                    }
                });
    }

    private static S3Settings settings(boolean unsigned) {
        return new S3Settings(
                Optional.of("us-east-1"), Optional.of(server.endpoint()), true, unsigned);
    }

    /** Replays with the options an S3-compatible store on this machine needs. */
    private int replay(String... args) {
        String[] store = {
            "--s3-endpoint",
            server.endpoint().toString(),
            "--s3-region",
            "us-east-1",
            "--s3-path-style"
        };
        String[] all = new String[args.length + store.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(store, 0, all, args.length, store.length);
        return command.run(all);
    }

    private int replaySampleDay(String... extra) {
        String[] day = {
            "--trades", "s3://" + BUCKET + "/2026/EQY_US_ALL_TRADE_20261120.gz",
            "--quotes", "s3://" + BUCKET + "/2026/EQY_US_ALL_BBO_20261120.gz"
        };
        String[] all = new String[day.length + extra.length];
        System.arraycopy(day, 0, all, 0, day.length);
        System.arraycopy(extra, 0, all, day.length, extra.length);
        return replay(all);
    }

    @Test
    void replaysGzipObjectsWithTheDefaultCredentialChain() {
        assertThat(replaySampleDay()).isZero();

        assertThat(sink.events).isEqualTo(new SyntheticMarket(MARKET).stream().toList());
        assertThat(sink.events).hasSize(20_000);
        assertThat(command.out())
                .contains("  lines read         20,004", "  malformed               0")
                .containsPattern("progress: 100.0% of [0-9.]+ kB read, 20,000 events");
        assertThat(command.err()).isEmpty();
    }

    @Test
    void replaysWithAnonymousRequests() {
        assertThat(replaySampleDay("--s3-no-sign-request", "--symbols", "AAPL")).isZero();

        assertThat(sink.events)
                .isEqualTo(
                        new SyntheticMarket(MARKET)
                                .stream().filter(event -> event.symbol().equals("AAPL")).toList())
                .isNotEmpty();
    }

    @Test
    void aMissingObjectOrBucketIsFatalAndSaysWhich() {
        assertThat(replay("--quotes", "s3://" + BUCKET + "/2026/EQY_US_ALL_BBO_20261119.gz"))
                .isEqualTo(1);
        assertThat(replay("--trades", "s3://nobucket/EQY_US_ALL_TRADE_20261120.gz")).isEqualTo(1);

        assertThat(command.err().lines())
                .containsExactly(
                        "error: no object s3://taq/2026/EQY_US_ALL_BBO_20261119.gz (HTTP 404"
                                + " NoSuchKey)",
                        "error: no bucket 'nobucket' (for"
                                + " s3://nobucket/EQY_US_ALL_TRADE_20261120.gz)");
        assertThat(sink.events).isEmpty();
    }
}
