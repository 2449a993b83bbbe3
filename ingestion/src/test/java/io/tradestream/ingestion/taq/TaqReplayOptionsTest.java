package io.tradestream.ingestion.taq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.ingestion.feed.UsageException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaqReplayOptionsTest {

    private static TaqReplayOptions parse(String... args) throws UsageException {
        return TaqReplayOptions.parse(args).orElseThrow();
    }

    private static void assertRefused(String message, String... args) {
        assertThatThrownBy(() -> TaqReplayOptions.parse(args))
                .isInstanceOf(UsageException.class)
                .hasMessage(message);
    }

    @Test
    void defaults() throws Exception {
        TaqReplayOptions options = parse("--trades", "data/EQY_US_ALL_TRADE_20261120.gz");

        assertThat(options)
                .isEqualTo(
                        new TaqReplayOptions(
                                List.of(
                                        new TaqFile(
                                                new TaqLocation.LocalFile(
                                                        Path.of(
                                                                "data/EQY_US_ALL_TRADE_20261120.gz")),
                                                TaqKind.TRADES,
                                                LocalDate.of(2026, 11, 20))),
                                Set.of(),
                                ReplaySpeed.MAX,
                                S3Settings.DEFAULT,
                                "127.0.0.1:9092",
                                "trades",
                                "quotes",
                                20));
    }

    @Test
    void everyOption() throws Exception {
        TaqReplayOptions options =
                parse(
                        "--quotes=s3://taq-bucket/2026/SPLITS_US_ALL_BBO_A_20261120.gz",
                        "--trades",
                        "s3://taq-bucket/2026/trades.gz",
                        "--quotes",
                        "bbo_b.gz",
                        "--date",
                        "20261119",
                        "--speed",
                        "10",
                        "--symbols",
                        "aapl, BRK B,msft",
                        "--bootstrap-servers",
                        "kafka:9092",
                        "--trades-topic",
                        "taq-trades",
                        "--quotes-topic=taq-quotes",
                        "--show-malformed",
                        "0",
                        "--s3-region",
                        "eu-west-1",
                        "--s3-endpoint",
                        "http://127.0.0.1:9000",
                        "--s3-path-style",
                        "--s3-no-sign-request");

        LocalDate date = LocalDate.of(2026, 11, 19);
        assertThat(options.files())
                .containsExactly(
                        new TaqFile(
                                new TaqLocation.S3Object("taq-bucket", "2026/trades.gz"),
                                TaqKind.TRADES,
                                date),
                        new TaqFile(
                                new TaqLocation.S3Object(
                                        "taq-bucket", "2026/SPLITS_US_ALL_BBO_A_20261120.gz"),
                                TaqKind.QUOTES,
                                date),
                        new TaqFile(
                                new TaqLocation.LocalFile(Path.of("bbo_b.gz")),
                                TaqKind.QUOTES,
                                date));
        assertThat(options.symbols()).containsExactlyInAnyOrder("AAPL", "BRK.B", "MSFT");
        assertThat(options.speed()).isEqualTo(ReplaySpeed.parse("10"));
        assertThat(options.s3())
                .isEqualTo(
                        new S3Settings(
                                Optional.of("eu-west-1"),
                                Optional.of(URI.create("http://127.0.0.1:9000")),
                                true,
                                true));
        assertThat(options.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(options.tradesTopic()).isEqualTo("taq-trades");
        assertThat(options.quotesTopic()).isEqualTo("taq-quotes");
        assertThat(options.malformedShown()).isZero();
    }

    @Test
    void helpWinsOverEverythingElse() throws Exception {
        assertThat(TaqReplayOptions.parse(new String[] {"--speed", "fast", "--help"})).isEmpty();
        assertThat(TaqReplayOptions.parse(new String[] {"-h"})).isEmpty();
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertRefused("give a file to replay: --trades FILE and/or --quotes FILE");
        assertRefused(
                "--trades: cannot tell the trading date of trades.gz: its name has no YYYYMMDD"
                        + " date; give --date YYYYMMDD",
                "--trades",
                "trades.gz");
        assertRefused(
                "--quotes: expected s3://bucket/key of a file, got 's3://bucket/'",
                "--quotes",
                "s3://bucket/");
        assertRefused(
                "--quotes: expected s3://bucket/key of a file, got 's3://bucket'",
                "--quotes",
                "s3://bucket");
        assertRefused(
                "--date: expected a date as YYYYMMDD, got '2026-11-20'", "--date", "2026-11-20");
        assertRefused(
                "--speed: expected max, realtime or a factor above 0 such as 10 (ten times faster"
                        + " than real time), got 'fast'",
                "--speed",
                "fast");
        assertRefused(
                "--symbols: 'AAPL!' is not a ticker: 1-10 upper-case letters or digits starting"
                        + " with a letter, optionally followed by a class suffix such as .B",
                "--symbols",
                "MSFT,AAPL!");
        assertRefused(
                "--s3-endpoint: expected an http:// or https:// URL such as"
                        + " http://127.0.0.1:9000, got 'localhost:9000'",
                "--s3-endpoint",
                "localhost:9000");
        assertRefused(
                "trades and quotes need different topics",
                "--trades",
                "t_20261120",
                "--quotes-topic",
                "trades");
        assertRefused("--show-malformed: expected 0 to 1000000, got -1", "--show-malformed", "-1");
        assertRefused("--s3-path-style takes no value", "--s3-path-style=true");
        assertRefused("--speed needs a value", "--speed");
        assertRefused("unknown option --pace", "--pace", "max");
        assertRefused("unexpected argument 'file.gz'", "file.gz");
    }
}
