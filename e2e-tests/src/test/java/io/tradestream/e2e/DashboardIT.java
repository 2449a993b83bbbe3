package io.tradestream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.dashboard.DashboardServer;
import io.tradestream.dashboard.DashboardSettings;
import io.tradestream.dashboard.contact.ContactKeys;
import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.json.MarketJson;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.junit.LocalStackExtension;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's API on the real stack: a dashboard server in this JVM, in front of the job
 * running on the Flink cluster, Kafka and Cassandra. Rule changes go through the job and come back
 * as its verdict; one trader never reads or changes another's data; bad requests change nothing.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    private static final String PASSWORD = "a long enough password";

    /** Today (UTC) at 14:30, so that the API's "latest day" is the day of the test's market. */
    private static final long T0 =
            LocalDate.now(ZoneOffset.UTC).atTime(14, 30).toInstant(ZoneOffset.UTC).toEpochMilli();

    private static final String DAY = LocalDate.now(ZoneOffset.UTC).toString();

    /** The browser test's screenshots, kept as artifacts of the build. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The contact keystore and the browser's profile. */
    private Path keys;

    private LocalStack stack;
    private TradeStreamJobRun run;
    private DashboardServer dashboard;
    private CqlSession cql;

    @BeforeAll
    void startTheJobAndTheDashboard(LocalStack stack, @TempDir Path folder) throws Exception {
        this.stack = stack;
        this.keys = folder;
        run = TradeStreamJobRun.prepare(stack, "dashboard");
        run.submitAndAwaitRules(0);
        Path keystore = keys.resolve("contact-keys.p12");
        Path passwordFile = Files.writeString(keys.resolve("keystore-password"), "keystore secret");
        ContactKeys.addKey(keystore, "keystore secret".toCharArray(), "key-2026-11");
        InetSocketAddress cassandra = stack.cassandra().contactPoint();
        dashboard =
                DashboardServer.start(
                        DashboardSettings.parse(
                                new String[] {
                                    "--port", "0",
                                    "--cassandra",
                                            cassandra.getHostString() + ":" + cassandra.getPort(),
                                    "--cassandra-datacenter", stack.cassandra().localDatacenter(),
                                    "--keyspace", run.keyspace(),
                                    "--kafka", stack.kafka().bootstrapServers(),
                                    "--rules-topic", run.topic("rules"),
                                    "--alerts-topic", run.topic("alerts"),
                                    "--keystore", keystore.toString(),
                                    "--keystore-password-file", passwordFile.toString(),
                                    "--rule-verdict-seconds", "60"
                                },
                                Map.of()));
        cql = StackClients.cql(stack);
    }

    @AfterAll
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
        if (cql != null) {
            cql.close();
        }
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    void signsUpSignsInAndOutWithHashedPasswordsAndHashedSessionTokens() throws Exception {
        DashboardClient alice = client();
        DashboardClient.Response signedUp = alice.signUp("alice", PASSWORD);

        assertThat(signedUp.status()).isEqualTo(201);
        assertThat(signedUp.json().get("user").asText()).isEqualTo("alice");
        assertThat(signedUp.cookies())
                .singleElement()
                .asString()
                .startsWith("tradestream_session=")
                .contains("HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=604800");
        assertThat(alice.get("/api/session").json().get("user").asText()).isEqualTo("alice");

        Row account =
                cql.execute(query("SELECT * FROM %s.dashboard_users WHERE user_id = 'alice'"))
                        .one();
        assertThat(account.getString("password_hash"))
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain(PASSWORD);
        String token = signedUp.cookies().get(0).split("[=;]")[1];
        assertThat(cql.execute(query("SELECT token_hash FROM %s.dashboard_sessions")).all())
                .extracting(row -> row.getString("token_hash"))
                .hasSize(1)
                .doesNotContain(token)
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));

        DashboardClient other = client();
        assertThat(other.signUp("alice", "another password").error())
                .isEqualTo("the user name 'alice' is taken; choose another");
        assertThat(other.signUp("Alice!", PASSWORD).status()).isEqualTo(400);
        assertThat(other.signUp("carol", "short").error())
                .isEqualTo("a password has 10 to 200 characters");
        assertThat(other.signIn("alice", "a wrong password").status()).isEqualTo(401);
        assertThat(other.signIn("nobody", PASSWORD).error())
                .isEqualTo("wrong user name or password");
        assertThat(other.get("/api/session").status()).isEqualTo(401);
        assertThat(other.get("/api/rules").error()).isEqualTo("sign in first");

        assertThat(alice.post("/api/signout", null).status()).isEqualTo(204);
        assertThat(alice.get("/api/session").status()).isEqualTo(401);
        assertThat(alice.signIn("alice", PASSWORD).status()).isEqualTo(200);
        assertThat(alice.get("/api/session").json().get("user").asText()).isEqualTo("alice");
    }

    @Test
    @Order(2)
    void rulesGoThroughTheJobAndOnlyTheirOwnerSeesOrChangesThem() throws Exception {
        DashboardClient alice = signedIn("alice");
        DashboardClient bob = signedUp("bob");

        DashboardClient.Response created =
                alice.post(
                        "/api/rules",
                        "{\"id\":\"alice-nvda\",\"kind\":\"alert\",\"symbols\":[\"NVDA\"],"
                                + "\"when\":\"price > 200\",\"cooldown\":\"5m\"}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("outcome").asText()).isEqualTo("applied");
        assertThat(created.json().at("/rule/status").asText()).isEqualTo("active");
        assertThat(created.json().at("/rule/definition/owner").asText()).isEqualTo("alice");

        assertThat(
                        alice.post("/api/rules/alice-nvda/pause", null)
                                .json()
                                .at("/rule/status")
                                .asText())
                .isEqualTo("paused");
        assertThat(
                        alice.post("/api/rules/alice-nvda/resume", null)
                                .json()
                                .at("/rule/status")
                                .asText())
                .isEqualTo("active");
        DashboardClient.Response edited =
                alice.put(
                        "/api/rules/alice-nvda",
                        "{\"id\":\"alice-nvda\",\"kind\":\"alert\",\"symbols\":[\"NVDA\",\"AMD\"],"
                                + "\"when\":\"price > 201\"}");
        assertThat(edited.json().at("/rule/definition/when").asText()).isEqualTo("price > 201");
        assertThat(edited.json().at("/rule/symbols").toString()).isEqualTo("[\"NVDA\",\"AMD\"]");
        long aliceVersion = edited.json().at("/rule/version").asLong();
        assertThat(
                        alice.post(
                                        "/api/rules",
                                        "{\"id\":\"alice-nvda\",\"kind\":\"alert\","
                                                + "\"symbols\":[\"NVDA\"],\"when\":\"price > 5\"}")
                                .error())
                .isEqualTo("you already have a rule 'alice-nvda': edit it, or choose another id");

        int published = StackClients.readAllCommitted(stack, run.topic("rules")).size();
        String stolen =
                "{\"id\":\"alice-nvda\",\"kind\":\"alert\",\"symbols\":[\"NVDA\"],"
                        + "\"when\":\"price > 1\"}";
        assertThat(bob.get("/api/rules").json()).isEmpty();
        assertThat(bob.put("/api/rules/alice-nvda", stolen).error())
                .isEqualTo("you have no rule 'alice-nvda'");
        assertThat(bob.post("/api/rules/alice-nvda/pause", null).status()).isEqualTo(404);
        assertThat(bob.delete("/api/rules/alice-nvda").status()).isEqualTo(404);
        assertThat(StackClients.readAllCommitted(stack, run.topic("rules"))).hasSize(published);
        // Ids are global: the job, which knows every owner, refuses bob's use of alice's.
        DashboardClient.Response taken = bob.post("/api/rules", stolen);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.error())
                .isEqualTo("rule id 'alice-nvda' belongs to another user; choose another id");
        assertThat(alice.get("/api/rules").json())
                .singleElement()
                .satisfies(
                        rule -> {
                            assertThat(rule.get("version").asLong()).isEqualTo(aliceVersion);
                            assertThat(rule.at("/definition/when").asText())
                                    .isEqualTo("price > 201");
                        });

        DashboardClient.Response deleted = alice.delete("/api/rules/alice-nvda");
        assertThat(deleted.json().get("outcome").asText()).isEqualTo("applied");
        assertThat(deleted.json().get("rule").isNull()).isTrue();
        assertThat(alice.get("/api/rules").json()).isEmpty();
    }

    @Test
    @Order(3)
    void badRequestsGetAClearErrorAndChangeNothing() throws Exception {
        DashboardClient alice = signedIn("alice");
        int published = StackClients.readAllCommitted(stack, run.topic("rules")).size();
        String valid =
                "{\"id\":\"alice-amd\",\"kind\":\"alert\",\"symbols\":[\"AMD\"],"
                        + "\"when\":\"price > 100\"}";

        DashboardClient.Response invalid =
                alice.post(
                        "/api/rules",
                        "{\"id\":\"alice-amd\",\"kind\":\"alert\",\"symbols\":[\"AMD\"],"
                                + "\"when\":\"price > smaa(5m)\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("field").asText()).isEqualTo("when");
        assertThat(invalid.json().get("position").asInt()).isEqualTo(8);
        assertThat(invalid.error())
                .startsWith("field 'when': unknown function 'smaa' at position 8");
        JsonNode validation =
                alice.post(
                                "/api/rules/validate",
                                "{\"id\":\"x\",\"kind\":\"alert\",\"symbols\":[\"AMD\"],"
                                        + "\"when\":\"rsi(1) < 30\"}")
                        .json();
        assertThat(validation.get("valid").asBoolean()).isFalse();
        assertThat(validation.get("error").asText())
                .isEqualTo(
                        "field 'when': rsi periods must be between 2 and 50, got 1 at position 4");
        assertThat(alice.post("/api/rules/validate", valid).json().get("valid").asBoolean())
                .isTrue();

        DashboardClient.Response withoutToken =
                alice.sendWithout("POST", "/api/rules", valid, Map.of());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.error())
                .isEqualTo(
                        "missing or wrong CSRF token: send the X-CSRF-Token header with the token"
                                + " GET /api/session returns");
        assertThat(
                        alice.sendWithout(
                                        "POST",
                                        "/api/signin",
                                        "{\"username\":\"alice\",\"password\":\""
                                                + PASSWORD
                                                + "\"}",
                                        Map.of("Origin", "http://evil.example"))
                                .error())
                .isEqualTo(
                        "requests from pages of another origin (http://evil.example) are refused");
        DashboardClient.Response oversized =
                alice.post(
                        "/api/rules",
                        "{\"id\":\"alice-amd\",\"pad\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.error()).isEqualTo("the body exceeds the limit of 64 KiB");
        assertThat(alice.post("/api/rules", "{\"id\":").error())
                .startsWith("the body is not valid JSON");
        assertThat(alice.post("/api/rules", "[1,2]").error())
                .isEqualTo("the body must be a JSON object");
        assertThat(
                        alice.post(
                                        "/api/rules",
                                        "{\"id\":\"alice-amd\",\"owner\":\"bob\",\"kind\":\"alert\",\"symbols\":[\"AMD\"],\"when\":\"price"
                                            + " > 1\"}")
                                .status())
                .isEqualTo(403);
        assertThat(alice.get("/api/symbols/not-a-symbol/bars").status()).isEqualTo(400);
        DashboardClient.Response unknown = alice.get("/api/nothing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).contains("/api/nothing");
        assertThat(alice.get("/api/alerts/stream").error())
                .isEqualTo(
                        "the alert stream is server-sent events: send Accept: text/event-stream");
        assertThat(alice.get("/api/pnl?day=yesterday").error())
                .isEqualTo("'day' must be a date such as 2026-11-20, got 'yesterday'");

        assertThat(StackClients.readAllCommitted(stack, run.topic("rules"))).hasSize(published);
        assertThat(alice.get("/api/rules").json()).isEmpty();
    }

    @Test
    @Order(4)
    void contactDetailsAreEncryptedAtRestAndReadOnlyByTheirOwner() throws Exception {
        DashboardClient alice = signedIn("alice");
        DashboardClient bob = signedIn("bob");

        JsonNode stored =
                alice.put("/api/account/contact", "{\"email\":\"alice@example.com\"}").json();
        assertThat(stored.toString())
                .isEqualTo(
                        "{\"user\":\"alice\",\"contact\":{\"kind\":\"email\",\"value\":\"alice@example.com\"}}");

        Row row =
                cql.execute(query("SELECT * FROM %s.dashboard_users WHERE user_id = 'alice'"))
                        .one();
        assertThat(row.getString("contact_kind")).isEqualTo("email");
        assertThat(row.getString("contact_key_id")).isEqualTo("key-2026-11");
        ByteBuffer ciphertext = row.getByteBuffer("contact_ciphertext");
        byte[] bytes = new byte[ciphertext.remaining()];
        ciphertext.get(bytes);
        assertThat(bytes).hasSize(12 + "alice@example.com".length() + 16);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("example");

        assertThat(alice.get("/api/account").json()).isEqualTo(stored);
        assertThat(bob.get("/api/account").json().toString())
                .isEqualTo("{\"user\":\"bob\",\"contact\":null}");
        assertThat(alice.put("/api/account/contact", "{\"phone\":\"555-0100\"}").status())
                .isEqualTo(400);
        assertThat(alice.get("/api/account").json()).isEqualTo(stored);
        assertThat(alice.delete("/api/account/contact").status()).isEqualTo(204);
        assertThat(alice.get("/api/account").json().get("contact").isNull()).isTrue();
    }

    /**
     * Alice's strategy buys MSFT under 100 and her alert fires above 105; the market crosses both.
     * Her alert reaches her open stream, not bob's; her fill, position, P&L and MSFT's bars read
     * back as the job wrote them.
     */
    @Test
    @Order(5)
    void alertsArriveLiveAndPaperTradingReadsBackAsTheJobWroteIt() throws Exception {
        DashboardClient alice = signedIn("alice");
        DashboardClient bob = signedIn("bob");
        assertThat(
                        alice.post(
                                        "/api/rules",
                                        "{\"id\":\"alice-dip\",\"kind\":\"strategy\",\"symbols\":[\"MSFT\"],\"when\":\"price"
                                            + " < 100\","
                                            + "\"order\":{\"side\":\"buy\",\"qty\":10,\"type\":\"market\"}}")
                                .status())
                .isEqualTo(200);
        assertThat(
                        alice.post(
                                        "/api/rules",
                                        "{\"id\":\"alice-high\",\"kind\":\"alert\",\"symbols\":[\"MSFT\"],\"when\":\"price"
                                            + " > 105\"}")
                                .status())
                .isEqualTo(200);
        BlockingQueue<JsonNode> aliceAlerts = alice.followAlerts();
        BlockingQueue<JsonNode> bobAlerts = bob.followAlerts();

        List<String[]> market = new ArrayList<>();
        quote(market, "MSFT", 500, 100.9, 101.1);
        trade(market, "MSFT", 1_000, 101.0, 100);
        quote(market, "MSFT", 9_000, 98.9, 99.1);
        trade(market, "MSFT", 10_000, 99.0, 300);
        quote(market, "MSFT", 19_000, 105.9, 106.1);
        trade(market, "MSFT", 20_000, 106.0, 200);
        trade(market, "MSFT", 40_000, 104.0, 100);
        // The next two minutes close the first in the bars and in the P&L snapshots.
        quote(market, "MSFT", 70_000, 103.9, 104.1);
        trade(market, "MSFT", 70_000, 104.0, 100);
        quote(market, "MSFT", 130_000, 103.9, 104.1);
        trade(market, "MSFT", 130_000, 104.2, 100);
        trade(market, "MSFT", 135_000, 104.5, 100);
        quote(market, "MSFT", 150_000, 104.9, 105.1);
        trade(market, "MSFT", 150_000, 105.0, 100);
        StackClients.produceAll(stack, market, null);

        JsonNode alert = aliceAlerts.poll(2, TimeUnit.MINUTES);
        assertThat(alert).as("alice's alert on her stream").isNotNull();
        assertThat(alert.get("ruleId").asText()).isEqualTo("alice-high");
        assertThat(alert.get("symbol").asText()).isEqualTo("MSFT");
        assertThat(alert.get("price").asDouble()).isEqualTo(106.0);
        assertThat(alert.get("ts").asLong()).isEqualTo(T0 + 20_000);
        StackClients.await(
                "the P&L snapshot of 14:32",
                Duration.ofMinutes(2),
                () -> {
                    try {
                        return alice.get("/api/pnl").json().get("points").size() >= 2;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        assertThat(bobAlerts.poll(1, TimeUnit.SECONDS)).as("bob's stream").isNull();

        JsonNode alerts = alice.get("/api/alerts").json();
        assertThat(alerts.get("day").asText()).isEqualTo(DAY);
        assertThat(alerts.get("alerts"))
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.get("ruleId").asText()).isEqualTo("alice-high");
                            assertThat(a.get("ts").asText())
                                    .isEqualTo(Instant.ofEpochMilli(T0 + 20_000).toString());
                            assertThat(a.get("id").asText()).isEqualTo(alert.get("id").asText());
                        });

        Row fill =
                cql.execute(
                                query(
                                        "SELECT * FROM %s.fills_by_user WHERE user_id = 'alice' AND"
                                                + " day = '"
                                                + DAY
                                                + "'"))
                        .one();
        JsonNode fills = alice.get("/api/fills").json().get("fills");
        assertThat(fills).hasSize(1);
        assertThat(fills.get(0).get("fillId").asText()).isEqualTo(fill.getString("fill_id"));
        assertThat(fills.get(0).get("side").asText()).isEqualTo("buy");
        assertThat(fills.get(0).get("quantity").asLong()).isEqualTo(10);
        assertThat(fills.get(0).get("price").asDouble()).isEqualTo(fill.getDouble("price"));
        assertThat(fills.get(0).get("ts").asText()).isEqualTo(fill.getInstant("ts").toString());

        JsonNode position = alice.get("/api/positions").json().get(0);
        assertThat(position.get("symbol").asText()).isEqualTo("MSFT");
        assertThat(position.get("strategyId").asText()).isEqualTo("alice-dip");
        assertThat(position.get("quantity").asLong()).isEqualTo(10);
        assertThat(position.get("averageCost").asDouble()).isEqualTo(fill.getDouble("price"));
        // The job valued it at 14:32:00; the dashboard marks it to the newest one-second bar the
        // watermark has closed, 104.5 at 14:32:15 (that of 14:32:30 is still open).
        assertThat(position.get("updatedAt").asText())
                .isEqualTo(Instant.ofEpochMilli(T0 + 120_000).toString());
        assertThat(position.get("marketPrice").asDouble()).isEqualTo(104.5);
        assertThat(position.get("markedAt").asText())
                .isEqualTo(Instant.ofEpochMilli(T0 + 135_000).toString());
        assertThat(position.get("unrealizedPnl").asDouble())
                .isCloseTo(
                        (104.5 - fill.getDouble("price")) * 10,
                        org.assertj.core.data.Offset.offset(1e-9));

        JsonNode pnl = alice.get("/api/pnl").json();
        List<Row> portfolio =
                cql
                        .execute(
                                query(
                                        "SELECT * FROM %s.pnl_history_by_user WHERE user_id ="
                                                + " 'alice' AND day = '"
                                                + DAY
                                                + "'"))
                        .all()
                        .stream()
                        .filter(r -> r.getString("strategy_id").equals("*"))
                        .toList();
        assertThat(pnl.get("points")).hasSize(portfolio.size());
        assertThat(pnl.get("points").get(0).get("equity").asDouble())
                .isEqualTo(portfolio.get(portfolio.size() - 1).getDouble("equity"));
        assertThat(pnl.get("strategies"))
                .extracting(s -> s.get("strategyId").asText())
                .containsExactlyInAnyOrder("*", "alice-dip");

        JsonNode bars = alice.get("/api/symbols/MSFT/bars?resolution=1m").json();
        assertThat(bars.get("day").asText()).isEqualTo(DAY);
        JsonNode first = bars.get("bars").get(0);
        assertThat(first.get("ts").asText()).isEqualTo(Instant.ofEpochMilli(T0).toString());
        assertThat(
                        List.of(
                                first.get("open").asDouble(),
                                first.get("high").asDouble(),
                                first.get("low").asDouble(),
                                first.get("close").asDouble()))
                .containsExactly(101.0, 106.0, 99.0, 104.0);
        assertThat(first.get("volume").asLong()).isEqualTo(700);
        assertThat(alice.get("/api/symbols").json().get("symbols").toString())
                .isEqualTo("[\"MSFT\"]");

        assertThat(bob.get("/api/positions").json()).isEmpty();
        assertThat(bob.get("/api/fills").json().toString())
                .isEqualTo("{\"day\":null,\"fills\":[]}");
        assertThat(bob.get("/api/alerts").json().get("alerts")).isEmpty();
        assertThat(bob.get("/api/pnl").json().get("points")).isEmpty();
    }

    /**
     * The browser test: alice signs in, writes an alert on AMD in the rule editor (which first
     * marks a typo at its position), watches the overview while the market crosses her level, sees
     * the alert arrive on the open page, and opens AMD's chart. Screenshots of each page are kept
     * in {@code target/screenshots/}.
     */
    @Test
    @Order(6)
    void aTraderCreatesAnAlertInTheBrowserSeesItFireLiveAndOpensTheChart() throws Exception {
        Duration timeout = Duration.ofMinutes(2);
        String site = "http://127.0.0.1:" + dashboard.port();
        DashboardClient api = signedIn("alice");
        try (HeadlessChromium browser =
                HeadlessChromium.start(keys.resolve("chromium-profile"), SCREENSHOTS)) {
            browser.driver().get(site + "/login.html");
            browser.find("#signin-username").sendKeys("alice");
            browser.find("#signin-password").sendKeys(PASSWORD);
            browser.find("#signin-submit").click();
            browser.await(timeout, page -> page.getCurrentUrl().endsWith("/index.html"));

            browser.driver().get(site + "/rules.html");
            new Select(browser.find("#rule-kind")).selectByValue("alert");
            browser.find("#rule-id").sendKeys("alice-amd");
            browser.find("#rule-symbols").sendKeys("AMD");
            browser.find("#rule-when").sendKeys("price > smaa(5m)");
            assertThat(awaitText(browser, "#rule-error", "smaa", timeout))
                    .contains("unknown function 'smaa' at position 8");
            browser.find("#rule-when").clear();
            browser.find("#rule-when").sendKeys("price > 150");
            browser.await(timeout, page -> text(browser, "#rule-error").isEmpty());
            browser.find("#rule-save").click();
            assertThat(awaitText(browser, "#rule-outcome", "applied", timeout))
                    .containsIgnoringCase("applied");
            browser.await(
                    timeout,
                    page ->
                            !page.findElements(
                                            By.cssSelector(
                                                    "#rules-table tr[data-rule-id='alice-amd']"))
                                    .isEmpty());
            browser.screenshot("rules");

            browser.driver().get(site + "/index.html");
            browser.await(
                    timeout,
                    page ->
                            browser.find("#live-indicator")
                                            .getAttribute("class")
                                            .contains("connected")
                                    && !browser.find("#live-indicator")
                                            .getAttribute("class")
                                            .contains("disconnected"));
            List<String[]> market = new ArrayList<>();
            // After MSFT's last event (14:32:30): earlier ones would be late for the engine.
            quote(market, "AMD", 200_000, 149.9, 150.1);
            trade(market, "AMD", 201_000, 149.5, 100);
            trade(market, "AMD", 210_000, 151.0, 200);
            quote(market, "AMD", 240_000, 151.4, 151.6);
            trade(market, "AMD", 240_000, 151.5, 100);
            trade(market, "AMD", 270_000, 150.5, 300);
            quote(market, "AMD", 300_000, 152.4, 152.6);
            trade(market, "AMD", 300_000, 152.5, 100);
            // Trades and quotes end together: event time is the earlier of the two partitions'.
            quote(market, "AMD", 330_000, 152.9, 153.1);
            trade(market, "AMD", 330_000, 153.0, 100);
            StackClients.produceAll(stack, market, null);

            WebElement alert =
                    browser.await(
                            timeout,
                            page ->
                                    page
                                            .findElements(
                                                    By.cssSelector(
                                                            "#live-alerts"
                                                                + " .alert-item[data-rule-id='alice-amd']"))
                                            .stream()
                                            .findFirst()
                                            .orElse(null));
            assertThat(alert.getAttribute("data-symbol")).isEqualTo("AMD");
            assertThat(alert.getAttribute("class")).as("delivered by the stream").contains("fresh");
            browser.screenshot("overview");

            // The minutes of 14:33 and 14:34 close once event time passes 14:35.
            StackClients.await(
                    "AMD's one-minute bars", timeout, () -> barsOf(api, "AMD").size() == 2);
            browser.driver().get(site + "/symbol.html?symbol=AMD");
            assertThat(awaitText(browser, "#bars-info", "2 bars", timeout))
                    .isEqualTo("2 bars at 1m, " + DAY + " UTC");
            long painted =
                    browser.await(
                            timeout,
                            page -> {
                                long pixels = paintedPixels(browser, "#price-chart");
                                return pixels > 1_000 ? pixels : null;
                            });
            assertThat(painted).as("pixels the candles and volume painted").isGreaterThan(1_000);
            assertThat(browser.screenshot("symbol")).isNotEmptyFile();
        }
    }

    /** The symbol's one-minute bars of the latest day, through the API. */
    private static JsonNode barsOf(DashboardClient client, String symbol) {
        try {
            return client.get("/api/symbols/" + symbol + "/bars?resolution=1m").json().get("bars");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(HeadlessChromium browser, String css) {
        return browser.find(css).getText().strip();
    }

    /** The element's text once it contains {@code part} (ignoring case). */
    private static String awaitText(
            HeadlessChromium browser, String css, String part, Duration timeout) {
        return browser.await(
                timeout,
                page -> {
                    String text = text(browser, css);
                    return text.toLowerCase(java.util.Locale.ROOT).contains(part) ? text : null;
                });
    }

    /**
     * How many pixels of the chart's pane (its largest canvas) differ from the most common colour,
     * the background: none for an empty chart, thousands once candles and volume are drawn.
     */
    private static long paintedPixels(HeadlessChromium browser, String container) {
        Object count =
                browser.script(
                        "let painted = 0;for (const canvas of"
                            + " document.querySelectorAll(arguments[0] + ' canvas')) {  if"
                            + " (!canvas.width || !canvas.height) continue;  const data ="
                            + " canvas.getContext('2d').getImageData(0, 0, canvas.width,"
                            + " canvas.height).data;  const counts = new Map();  for (let i = 0; i"
                            + " < data.length; i += 4) {    const key = (data[i] << 24) | (data[i +"
                            + " 1] << 16) | (data[i + 2] << 8) | data[i + 3];    counts.set(key,"
                            + " (counts.get(key) || 0) + 1);  }  const background ="
                            + " Math.max(...counts.values());  painted += data.length / 4 -"
                            + " background;}return painted;",
                        container);
        return ((Number) count).longValue();
    }

    private DashboardClient client() {
        return new DashboardClient(dashboard.port());
    }

    private DashboardClient signedIn(String user) throws Exception {
        DashboardClient client = client();
        assertThat(client.signIn(user, PASSWORD).status()).isEqualTo(200);
        return client;
    }

    private DashboardClient signedUp(String user) throws Exception {
        DashboardClient client = client();
        assertThat(client.signUp(user, PASSWORD).status()).isEqualTo(201);
        return client;
    }

    private String query(String template) {
        return template.formatted(run.keyspace());
    }

    private void trade(
            List<String[]> records, String symbol, long offset, double price, long size) {
        records.add(
                new String[] {
                    run.topic("trades"),
                    symbol,
                    MarketJson.toJson(new Trade(symbol, T0 + offset, price, size))
                });
    }

    private void quote(List<String[]> records, String symbol, long offset, double bid, double ask) {
        records.add(
                new String[] {
                    run.topic("quotes"),
                    symbol,
                    MarketJson.toJson(new Quote(symbol, T0 + offset, bid, 100, ask, 100))
                });
    }
}
