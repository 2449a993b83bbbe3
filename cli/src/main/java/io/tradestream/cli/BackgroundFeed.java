package io.tradestream.cli;

import io.tradestream.ingestion.feed.MarketFeedMain;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The demo's market feed, running in a JVM of its own that outlives the command which started it.
 * It is found again through its PID file and stopped by PID, after checking that the process behind
 * the PID is really this home's feed.
 */
final class BackgroundFeed {
    private static final String MARKER = "-Dtradestream.feed.home=";

    private final Path home;

    BackgroundFeed(Path home) {
        this.home = home;
    }

    Path logFile() {
        return home.resolve("logs").resolve("feed.log");
    }

    private Path pidFile() {
        return home.resolve("run").resolve("feed.pid");
    }

    /** The running feed's process, if there is one. */
    Optional<ProcessHandle> running() throws IOException {
        if (!Files.exists(pidFile())) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(pidFile()).trim());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isOurs(process.info()));
    }

    private boolean isOurs(ProcessHandle.Info info) {
        return info.arguments().map(List::of).orElse(List.of()).contains(marker());
    }

    long start(List<String> feedArgs) throws IOException {
        Files.createDirectories(logFile().getParent());
        Files.createDirectories(pidFile().getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(marker());
        command.add("-cp");
        command.add(ownJar());
        command.add(MarketFeedMain.class.getName());
        command.addAll(feedArgs);
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(logFile().toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
        Files.writeString(pidFile(), Long.toString(process.pid()));
        return process.pid();
    }

    /** Stops the feed if it runs (it flushes what it sent on SIGTERM); true if it did. */
    boolean stop() throws IOException, InterruptedException {
        Optional<ProcessHandle> feed = running();
        if (feed.isPresent()) {
            ProcessHandle process = feed.get();
            process.destroy();
            try {
                process.onExit().get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile());
        return feed.isPresent();
    }

    private String marker() {
        return MARKER + home;
    }

    private static String ownJar() {
        try {
            return Path.of(
                            BackgroundFeed.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the TradeStream CLI jar", e);
        }
    }
}
