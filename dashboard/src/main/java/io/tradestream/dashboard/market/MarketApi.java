package io.tradestream.dashboard.market;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tradestream.dashboard.rules.WatchedSymbols;
import io.tradestream.dashboard.web.ApiException;
import io.tradestream.dashboard.web.Days;
import io.tradestream.dashboard.web.SignedInUser;
import io.tradestream.model.Symbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /api/symbols}: the symbols a trader watches, their bars and their tweet sentiment. */
public final class MarketApi {
    private static final List<String> RESOLUTIONS = List.of("1m", "1s");

    private final MarketReads reads;
    private final Days days;
    private final CqlSession session;
    private final PreparedStatement directory;

    public MarketApi(CqlSession session, MarketReads reads, Days days) {
        this.session = session;
        this.reads = reads;
        this.days = days;
        this.directory =
                session.prepare(
                        "SELECT "
                                + WatchedSymbols.COLUMNS
                                + " FROM user_directory WHERE user_id = ?");
    }

    public void register(Javalin app) {
        app.get("/api/symbols", this::watched);
        app.get("/api/symbols/{symbol}/bars", this::bars);
        app.get("/api/symbols/{symbol}/sentiment", this::sentiment);
    }

    private void watched(Context ctx) {
        Row row = session.execute(directory.bind(SignedInUser.of(ctx))).one();
        List<String> symbols = row == null ? List.of() : WatchedSymbols.of(row);
        ctx.json(Map.of("symbols", symbols));
    }

    private void bars(Context ctx) {
        SignedInUser.of(ctx);
        String symbol = symbol(ctx);
        String resolution = Optional.ofNullable(ctx.queryParam("resolution")).orElse("1m");
        if (!RESOLUTIONS.contains(resolution)) {
            throw ApiException.badRequest(
                    "'resolution' must be 1m or 1s, got '" + resolution + "'");
        }
        Optional<String> day =
                days.requestedOrLatest(
                        ctx.queryParam("day"), d -> reads.hasBars(symbol, resolution, d));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("symbol", symbol);
        body.put("resolution", resolution);
        body.put("day", day.orElse(null));
        body.put("bars", day.map(d -> reads.bars(symbol, resolution, d)).orElse(List.of()));
        ctx.json(body);
    }

    private void sentiment(Context ctx) {
        SignedInUser.of(ctx);
        String symbol = symbol(ctx);
        Optional<String> day =
                days.requestedOrLatest(ctx.queryParam("day"), d -> reads.hasSentiment(symbol, d));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("symbol", symbol);
        body.put("day", day.orElse(null));
        body.put("points", day.map(d -> reads.sentiment(symbol, d)).orElse(List.of()));
        ctx.json(body);
    }

    private static String symbol(Context ctx) {
        String symbol = ctx.pathParam("symbol");
        if (!Symbols.isValid(symbol)) {
            throw ApiException.badRequest(
                    "'" + symbol + "' is not a symbol: " + Symbols.FORMAT_DESCRIPTION);
        }
        return symbol;
    }
}
