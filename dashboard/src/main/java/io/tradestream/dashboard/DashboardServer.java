package io.tradestream.dashboard;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.tradestream.dashboard.account.AccountApi;
import io.tradestream.dashboard.account.Accounts;
import io.tradestream.dashboard.account.PasswordHasher;
import io.tradestream.dashboard.account.Sessions;
import io.tradestream.dashboard.account.SignInThrottle;
import io.tradestream.dashboard.alerts.AlertFeed;
import io.tradestream.dashboard.alerts.AlertsApi;
import io.tradestream.dashboard.contact.ContactApi;
import io.tradestream.dashboard.contact.ContactCipher;
import io.tradestream.dashboard.contact.KeyRing;
import io.tradestream.dashboard.market.MarketApi;
import io.tradestream.dashboard.market.MarketReads;
import io.tradestream.dashboard.portfolio.PortfolioApi;
import io.tradestream.dashboard.portfolio.PortfolioReads;
import io.tradestream.dashboard.rules.RuleBook;
import io.tradestream.dashboard.rules.RuleDrafts;
import io.tradestream.dashboard.rules.RuleRequests;
import io.tradestream.dashboard.rules.RulesApi;
import io.tradestream.dashboard.rules.Versions;
import io.tradestream.dashboard.web.ApiException;
import io.tradestream.dashboard.web.Days;
import io.tradestream.dashboard.web.JsonBodies;
import io.tradestream.dashboard.web.SecurityHeaders;
import io.tradestream.dashboard.web.SessionGuard;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard: a Javalin web server with the JSON API and the static front end, reading
 * Cassandra, publishing rule changes to Kafka and following the alerts topic.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    /** The front end, built by npm into the jar's {@code public/} folder. */
    private static final String FRONT_END = "/public";

    private final CqlSession session;
    private final Producer<String, String> producer;
    private final AlertFeed alertFeed;
    private final Javalin app;

    private DashboardServer(
            CqlSession session,
            Producer<String, String> producer,
            AlertFeed alertFeed,
            Javalin app) {
        this.session = session;
        this.producer = producer;
        this.alertFeed = alertFeed;
        this.app = app;
    }

    public static DashboardServer start(DashboardSettings settings) throws Exception {
        Optional<ContactCipher> cipher = Optional.empty();
        if (settings.keystore() != null) {
            cipher =
                    Optional.of(
                            new ContactCipher(
                                    KeyRing.load(
                                            settings.keystore(),
                                            settings.keystorePassword(),
                                            settings.contactKeyId())));
        }
        InetSocketAddress cassandra = settings.cassandra();
        CqlSession session =
                CqlSession.builder()
                        .addContactPoint(
                                new InetSocketAddress(
                                        cassandra.getHostString(), cassandra.getPort()))
                        .withLocalDatacenter(settings.datacenter())
                        .withKeyspace(settings.keyspace())
                        .build();
        Producer<String, String> producer = producer(settings.kafkaBootstrapServers());
        AlertFeed alertFeed =
                new AlertFeed(settings.kafkaBootstrapServers(), settings.alertsTopic()).start();
        Clock clock = Clock.systemUTC();
        Accounts accounts = new Accounts(session, PasswordHasher.recommended());
        Sessions sessions = new Sessions(session);
        Days days = new Days(clock);
        MarketReads market = new MarketReads(session);
        RuleBook rules = new RuleBook(session);

        Javalin app = Javalin.create(DashboardServer::configure);
        new SecurityHeaders().register(app);
        SessionGuard guard = new SessionGuard(sessions);
        app.before("/api/*", guard::check);
        new AccountApi(accounts, sessions, new SignInThrottle(clock), settings.secureCookies())
                .register(app);
        new ContactApi(accounts, cipher).register(app);
        new RulesApi(
                        rules,
                        new RuleDrafts(),
                        new RuleRequests(
                                producer,
                                settings.rulesTopic(),
                                rules,
                                clock,
                                settings.ruleVerdictTimeout()),
                        new Versions(clock))
                .register(app);
        new PortfolioApi(new PortfolioReads(session, market, clock), days).register(app);
        new MarketApi(session, market, days).register(app);
        new AlertsApi(session, alertFeed, days).register(app);
        registerErrors(app);
        app.start(settings.bindAddress(), settings.port());
        return new DashboardServer(session, producer, alertFeed, app);
    }

    private static void configure(JavalinConfig config) {
        ObjectMapper mapper =
                new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.showJavalinBanner = false;
        config.http.maxRequestSize = JsonBodies.MAX_BYTES;
        if (DashboardServer.class.getResource(FRONT_END) != null) {
            config.staticFiles.add(
                    files -> {
                        files.hostedPath = "/";
                        files.directory = FRONT_END;
                        files.location = Location.CLASSPATH;
                    });
        } else {
            LOG.warn("the front end is not built (no {} on the classpath): API only", FRONT_END);
        }
    }

    private static void registerErrors(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
        app.exception(
                Exception.class,
                (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    ctx.status(500)
                            .json(
                                    Map.of(
                                            "error",
                                            "internal error; the dashboard's log has details"));
                });
        // Javalin's own refusals (an unknown endpoint, a wrong method) in the API's error form.
        app.exception(
                HttpResponseException.class,
                (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
    }

    private static Producer<String, String> producer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "tradestream-dashboard-rules");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** The port the server listens on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        alertFeed.close();
        producer.close();
        session.close();
    }
}
