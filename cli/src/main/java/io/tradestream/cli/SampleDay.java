package io.tradestream.cli;

import io.tradestream.ingestion.taq.TaqReplayMain;
import io.tradestream.ingestion.taq.TaqSampleFiles;
import io.tradestream.ingestion.taq.TaqSampleWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The demo's sample trading day: the synthetic market written as NYSE Daily TAQ files and replayed
 * into Kafka through the same replay users run on their own files. It is replayed once per stack: a
 * marker in the stack's data folder remembers it (and {@code down --purge} forgets it).
 */
final class SampleDay {
    static final int SYMBOLS = 30;
    static final Duration LENGTH = Duration.ofMinutes(10);
    static final long SEED = 7;
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Path home;
    private final LocalDate date;

    SampleDay(Path home, LocalDate date) {
        this.home = home;
        this.date = date;
    }

    /** The last weekday before {@code today}: a day whose session is over. */
    static LocalDate lastWeekdayBefore(LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    LocalDate date() {
        return date;
    }

    /** When the sample day's session opens. */
    ZonedDateTime open() {
        return ZonedDateTime.of(date, TaqSampleWriter.MARKET_OPEN, NEW_YORK);
    }

    boolean replayed() {
        return Files.exists(marker());
    }

    /** Writes the files unless they exist, replays them at full speed and marks the day done. */
    void replay(String bootstrapServers, PrintStream out, PrintStream err) throws IOException {
        Path directory = home.resolve("samples").resolve(date.toString());
        Path trades = directory.resolve(TaqSampleWriter.tradeFileName(date, true));
        Path quotes = directory.resolve(TaqSampleWriter.quoteFileName(date, true));
        if (!Files.exists(trades) || !Files.exists(quotes)) {
            TaqSampleFiles files =
                    TaqSampleWriter.write(
                            directory,
                            TaqSampleWriter.sampleDay(date, SYMBOLS, LENGTH, SEED).build(),
                            true);
            out.printf(
                    "Wrote a sample day in the TAQ layout: %,d trades and %,d quotes in %s%n",
                    files.tradeCount(), files.quoteCount(), directory);
        }
        int status =
                TaqReplayMain.run(
                        new String[] {
                            "--trades",
                            trades.toString(),
                            "--quotes",
                            quotes.toString(),
                            "--bootstrap-servers",
                            bootstrapServers,
                            "--speed",
                            "max"
                        },
                        out,
                        err);
        if (status != 0) {
            throw new IllegalStateException(
                    "the replay of the sample day failed (exit " + status + ")");
        }
        Files.createDirectories(marker().getParent());
        Files.writeString(marker(), date.toString());
    }

    private Path marker() {
        return home.resolve("data").resolve("demo").resolve("sample-day-replayed");
    }
}
