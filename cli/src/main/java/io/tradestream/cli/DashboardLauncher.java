package io.tradestream.cli;

import io.tradestream.stack.LocalStack;
import io.tradestream.stack.Repository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The demo's dashboard: a contact-details keystore under the home folder on first use, the server
 * in the background on port 8080, and the demo's traders signed up through its own API.
 */
final class DashboardLauncher {
    static final String MAIN_CLASS = "io.tradestream.dashboard.DashboardMain";
    static final int PORT = 8080;

    /** The owners of the demo's rules, who sign in with {@link #DEMO_PASSWORD}. */
    static final List<String> DEMO_USERS = List.of("demo", "alice");

    static final String DEMO_PASSWORD = "tradestream-demo";

    private final Path home;

    DashboardLauncher(Path home) {
        this.home = home;
    }

    static Path jar() {
        return Repository.locate().root().resolve("dashboard/target/tradestream-dashboard.jar");
    }

    /** The server's arguments for the stack: its addresses and the keystore (created if absent). */
    List<String> arguments(LocalStack stack) throws IOException, InterruptedException {
        Path keystore = folder().resolve("contact-keys.p12");
        Path passwordFile = folder().resolve("keystore-password");
        if (!Files.exists(keystore)) {
            createKeystore(keystore, passwordFile);
        }
        List<String> args = new ArrayList<>();
        args.addAll(List.of("--port", Integer.toString(PORT)));
        args.addAll(
                List.of(
                        "--cassandra",
                        stack.cassandra().host() + ":" + stack.cassandra().nativePort(),
                        "--cassandra-datacenter",
                        stack.cassandra().localDatacenter(),
                        "--keyspace",
                        TradeStreamCli.KEYSPACE,
                        "--kafka",
                        stack.kafka().bootstrapServers()));
        args.addAll(
                List.of(
                        "--keystore",
                        keystore.toString(),
                        "--keystore-password-file",
                        passwordFile.toString()));
        return args;
    }

    /** Waits for the server to answer, then signs up the demo's traders who have no account. */
    void awaitAndSignUpDemoUsers(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                http.send(
                        request("/api/session").GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                break;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException(
                            "the dashboard did not answer within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(500);
            }
        }
        for (String user : DEMO_USERS) {
            String body = "{\"username\":\"" + user + "\",\"password\":\"" + DEMO_PASSWORD + "\"}";
            int status =
                    http.send(
                                    request("/api/signup")
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
            // 409: signed up by an earlier demo.
            if (status != 201 && status != 409) {
                throw new IOException("signing up '" + user + "' failed with HTTP " + status);
            }
        }
    }

    static String url() {
        return "http://localhost:" + PORT;
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .timeout(Duration.ofSeconds(30));
    }

    private Path folder() {
        return home.resolve("dashboard");
    }

    /** A random password in a file only this user reads, and a first AES key, named by month. */
    private void createKeystore(Path keystore, Path passwordFile)
            throws IOException, InterruptedException {
        Files.createDirectories(folder());
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        Files.deleteIfExists(passwordFile);
        Files.createFile(
                passwordFile,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, Base64.getUrlEncoder().encodeToString(secret));
        Process process =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                jar().toString(),
                                MAIN_CLASS,
                                "new-contact-key",
                                "--keystore",
                                keystore.toString(),
                                "--keystore-password-file",
                                passwordFile.toString(),
                                "--key-id",
                                "contact-" + YearMonth.now(ZoneOffset.UTC))
                        .inheritIO()
                        .start();
        if (process.waitFor() != 0) {
            throw new IOException("creating the dashboard's keystore " + keystore + " failed");
        }
    }
}
