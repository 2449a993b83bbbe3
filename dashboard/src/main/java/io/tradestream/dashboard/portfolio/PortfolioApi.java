package io.tradestream.dashboard.portfolio;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tradestream.dashboard.portfolio.PortfolioReads.PnlDay;
import io.tradestream.dashboard.web.Days;
import io.tradestream.dashboard.web.SignedInUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /api/positions}, {@code /api/pnl} and {@code /api/fills}: the trader's paper trading. */
public final class PortfolioApi {
    private final PortfolioReads reads;
    private final Days days;

    public PortfolioApi(PortfolioReads reads, Days days) {
        this.reads = reads;
        this.days = days;
    }

    public void register(Javalin app) {
        app.get("/api/positions", ctx -> ctx.json(reads.positions(SignedInUser.of(ctx))));
        app.get("/api/pnl", this::pnl);
        app.get("/api/fills", this::fills);
    }

    private void pnl(Context ctx) {
        String user = SignedInUser.of(ctx);
        String strategy = Optional.ofNullable(ctx.queryParam("strategy")).orElse("*");
        Optional<String> day =
                days.requestedOrLatest(
                        ctx.queryParam("day"), candidate -> reads.hasPnl(user, candidate));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", day.orElse(null));
        PnlDay pnl = day.map(d -> reads.pnl(user, d, strategy)).orElse(PnlDay.EMPTY);
        body.put("points", pnl.points());
        body.put("strategies", pnl.strategies());
        ctx.json(body);
    }

    private void fills(Context ctx) {
        String user = SignedInUser.of(ctx);
        Optional<String> day =
                days.requestedOrLatest(
                        ctx.queryParam("day"), candidate -> reads.hasFills(user, candidate));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", day.orElse(null));
        body.put("fills", day.map(d -> reads.fills(user, d)).orElse(List.of()));
        ctx.json(body);
    }
}
