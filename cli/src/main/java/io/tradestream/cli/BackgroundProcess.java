package io.tradestream.cli;

import io.tradestream.ingestion.feed.MarketFeedMain;
import io.tradestream.ingestion.tweets.TweetSimulatorMain;
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
 * One of the demo's feeds (market data, tweets), running in a JVM of its own that outlives the
 * command which started it. It is found again through its PID file and stopped by PID, after
 * checking that the process behind the PID is really this home's feed of that name.
 */
final class BackgroundProcess {
    private final Path home;
    private final String name;
    private final String description;
    private final String mainClass;
    private final Path jar;

    /**
     * @param name names its PID file, log file and process marker, e.g. {@code feed}
     * @param description what it is, for messages, e.g. {@code market feed}
     * @param mainClass the class whose {@code main} it runs
     * @param jar the jar it runs from: the CLI's own, or another module's
     */
    BackgroundProcess(Path home, String name, String description, String mainClass, Path jar) {
        this.home = home;
        this.name = name;
        this.description = description;
        this.mainClass = mainClass;
        this.jar = jar;
    }

    /** The market feed of the demo. */
    static BackgroundProcess marketFeed(Path home) {
        return new BackgroundProcess(
                home, "feed", "market feed", MarketFeedMain.class.getName(), ownJar());
    }

    /** The tweet simulator of the demo. */
    static BackgroundProcess tweetFeed(Path home) {
        return new BackgroundProcess(
                home, "tweets", "tweet simulator", TweetSimulatorMain.class.getName(), ownJar());
    }

    /** The dashboard web server, from its own jar (it logs through another SLF4J line). */
    static BackgroundProcess dashboard(Path home) {
        return new BackgroundProcess(
                home,
                "dashboard",
                "dashboard",
                DashboardLauncher.MAIN_CLASS,
                DashboardLauncher.jar());
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Path logFile() {
        return home.resolve("logs").resolve(name + ".log");
    }

    private Path pidFile() {
        return home.resolve("run").resolve(name + ".pid");
    }

    /** The running process, if there is one. */
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

    long start(List<String> args) throws IOException {
        Files.createDirectories(logFile().getParent());
        Files.createDirectories(pidFile().getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(marker());
        command.add("-cp");
        command.add(jar.toString());
        command.add(mainClass);
        command.addAll(args);
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(logFile().toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
        Files.writeString(pidFile(), Long.toString(process.pid()));
        return process.pid();
    }

    /** Stops the process if it runs (feeds flush what they sent on SIGTERM); true if it did. */
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
        return "-Dtradestream." + name + ".home=" + home;
    }

    private static Path ownJar() {
        try {
            return Path.of(
                    BackgroundProcess.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the TradeStream CLI jar", e);
        }
    }
}
