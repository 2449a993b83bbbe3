package io.tradestream.dashboard.alerts;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.tradestream.dashboard.web.ApiException;
import io.tradestream.dashboard.web.Days;
import io.tradestream.dashboard.web.SignedInUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/alerts}: a trader's alerts of a day from {@code alerts_by_user}, and {@code
 * /api/alerts/stream}, their alerts as the job publishes them (server-sent events).
 */
public final class AlertsApi {
    static final int MAX_ALERTS = 500;

    private final CqlSession session;
    private final AlertFeed feed;
    private final Days days;
    private final PreparedStatement alerts;
    private final PreparedStatement anyAlert;

    public AlertsApi(CqlSession session, AlertFeed feed, Days days) {
        this.session = session;
        this.feed = feed;
        this.days = days;
        this.alerts =
                session.prepare(
                        "SELECT * FROM alerts_by_user WHERE user_id = ? AND day = ? LIMIT "
                                + MAX_ALERTS);
        this.anyAlert =
                session.prepare(
                        "SELECT ts FROM alerts_by_user WHERE user_id = ? AND day = ? LIMIT 1");
    }

    public void register(Javalin app) {
        app.get("/api/alerts", this::history);
        // Javalin answers a stream request that does not accept events with an empty 200; a
        // client gets told why instead.
        app.before(
                "/api/alerts/stream",
                ctx -> {
                    String accept = ctx.header("Accept");
                    if (accept == null || !accept.contains("text/event-stream")) {
                        throw new ApiException(
                                406,
                                "the alert stream is server-sent events: send Accept:"
                                        + " text/event-stream",
                                Map.of());
                    }
                });
        app.sse("/api/alerts/stream", this::stream);
    }

    private void history(Context ctx) {
        String user = SignedInUser.of(ctx);
        Optional<String> day =
                days.requestedOrLatest(
                        ctx.queryParam("day"),
                        d -> session.execute(anyAlert.bind(user, d)).one() != null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", day.orElse(null));
        body.put("alerts", day.map(d -> alerts(user, d)).orElse(List.of()));
        ctx.json(body);
    }

    private List<Alert> alerts(String user, String day) {
        List<Alert> result = new ArrayList<>();
        for (Row row : session.execute(alerts.bind(user, day))) {
            result.add(
                    new Alert(
                            row.getInstant("ts"),
                            row.getString("id"),
                            row.getString("rule_id"),
                            row.getLong("rule_version"),
                            row.getString("symbol"),
                            row.isNull("price") ? null : row.getDouble("price"),
                            row.getString("condition"),
                            row.getString("message")));
        }
        return result;
    }

    private void stream(SseClient client) {
        String user = SignedInUser.of(client.ctx());
        AlertListener listener =
                new AlertListener() {
                    @Override
                    public void alert(String json) {
                        client.sendEvent("alert", json);
                    }

                    @Override
                    public void heartbeat() {
                        client.sendComment("still following");
                    }
                };
        client.onClose(() -> feed.unsubscribe(user, listener));
        feed.subscribe(user, listener);
        // Tells the browser the stream is open before the first alert.
        client.sendComment("following the alerts of " + user);
        client.keepAlive();
    }

    public record Alert(
            Instant ts,
            String id,
            String ruleId,
            long ruleVersion,
            String symbol,
            Double price,
            String condition,
            String message) {}
}
