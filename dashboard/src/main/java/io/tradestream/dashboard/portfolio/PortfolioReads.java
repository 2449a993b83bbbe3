package io.tradestream.dashboard.portfolio;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.tradestream.dashboard.market.MarketReads;
import io.tradestream.dashboard.market.MarketReads.LastPrice;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A trader's positions, P&L history and fills, as the job writes them. */
public final class PortfolioReads {
    static final int MAX_FILLS = 500;

    /** A day of one-minute snapshots of the portfolio and each strategy is a few thousand rows. */
    static final int MAX_PNL_ROWS = 20_000;

    private final CqlSession session;
    private final MarketReads market;
    private final Clock clock;
    private final PreparedStatement positions;
    private final PreparedStatement pnl;
    private final PreparedStatement anyPnl;
    private final PreparedStatement fills;
    private final PreparedStatement anyFill;

    public PortfolioReads(CqlSession session, MarketReads market, Clock clock) {
        this.session = session;
        this.market = market;
        this.clock = clock;
        this.positions = session.prepare("SELECT * FROM positions_by_user WHERE user_id = ?");
        this.pnl =
                session.prepare(
                        "SELECT * FROM pnl_history_by_user WHERE user_id = ? AND day = ? LIMIT "
                                + MAX_PNL_ROWS);
        this.anyPnl =
                session.prepare(
                        "SELECT ts FROM pnl_history_by_user WHERE user_id = ? AND day = ? LIMIT 1");
        this.fills =
                session.prepare(
                        "SELECT * FROM fills_by_user WHERE user_id = ? AND day = ? LIMIT "
                                + MAX_FILLS);
        this.anyFill =
                session.prepare(
                        "SELECT ts FROM fills_by_user WHERE user_id = ? AND day = ? LIMIT 1");
    }

    /**
     * Every position of the user's strategies. An open one is marked to the newest one-second bar
     * when that is newer than the job's own valuation, which happens at fills and once a minute.
     */
    public List<Position> positions(String user) {
        List<Position> result = new ArrayList<>();
        Map<String, Optional<LastPrice>> lastPrices = new LinkedHashMap<>();
        for (Row row : session.execute(positions.bind(user))) {
            Position position = Position.of(row);
            if (position.quantity() == 0) {
                result.add(position);
                continue;
            }
            Optional<LastPrice> last =
                    lastPrices.computeIfAbsent(
                            position.symbol(),
                            symbol -> market.lastPrice(symbol, daysToMark(position)));
            result.add(last.map(position::markedTo).orElse(position));
        }
        return result;
    }

    /** Today, and the day of the job's last valuation if it was earlier. */
    private List<String> daysToMark(Position position) {
        String today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
        String valued = position.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return today.equals(valued) ? List.of(today) : List.of(today, valued);
    }

    public boolean hasPnl(String user, String day) {
        return session.execute(anyPnl.bind(user, day)).one() != null;
    }

    /** The day's curve of one strategy ({@code *}: the portfolio) and every strategy's latest. */
    public PnlDay pnl(String user, String day, String strategy) {
        List<PnlPoint> points = new ArrayList<>();
        Map<String, StrategyStats> latest = new LinkedHashMap<>();
        // Rows come newest first: the first row of each strategy is its latest snapshot.
        for (Row row : session.execute(pnl.bind(user, day))) {
            String strategyId = row.getString("strategy_id");
            latest.computeIfAbsent(strategyId, id -> StrategyStats.of(row));
            if (strategyId.equals(strategy)) {
                points.add(PnlPoint.of(row));
            }
        }
        Collections.reverse(points);
        return new PnlDay(points, new ArrayList<>(latest.values()));
    }

    public boolean hasFills(String user, String day) {
        return session.execute(anyFill.bind(user, day)).one() != null;
    }

    /** The day's fills, newest first. */
    public List<Fill> fills(String user, String day) {
        List<Fill> result = new ArrayList<>();
        for (Row row : session.execute(fills.bind(user, day))) {
            result.add(Fill.of(row));
        }
        return result;
    }

    /** A day of P&L: the chosen curve, oldest first, and each strategy's latest statistics. */
    public record PnlDay(List<PnlPoint> points, List<StrategyStats> strategies) {
        static final PnlDay EMPTY = new PnlDay(List.of(), List.of());
    }

    public record PnlPoint(
            Instant ts,
            double equity,
            double drawdown,
            double realizedPnl,
            double unrealizedPnl,
            double fees) {
        static PnlPoint of(Row row) {
            return new PnlPoint(
                    row.getInstant("ts"),
                    row.getDouble("equity"),
                    row.getDouble("drawdown"),
                    row.getDouble("realized_pnl"),
                    row.getDouble("unrealized_pnl"),
                    row.getDouble("fees"));
        }
    }

    /** A strategy's (or, for {@code *}, the portfolio's) figures at its latest snapshot. */
    public record StrategyStats(
            String strategyId,
            Instant ts,
            double equity,
            double realizedPnl,
            double unrealizedPnl,
            double fees,
            double drawdown,
            double maxDrawdown,
            double maxDrawdownPct,
            long trades,
            Double winRate,
            Double sharpe,
            int openPositions) {
        static StrategyStats of(Row row) {
            return new StrategyStats(
                    row.getString("strategy_id"),
                    row.getInstant("ts"),
                    row.getDouble("equity"),
                    row.getDouble("realized_pnl"),
                    row.getDouble("unrealized_pnl"),
                    row.getDouble("fees"),
                    row.getDouble("drawdown"),
                    row.getDouble("max_drawdown"),
                    row.getDouble("max_drawdown_pct"),
                    row.getLong("trades"),
                    row.isNull("win_rate") ? null : row.getDouble("win_rate"),
                    row.isNull("sharpe") ? null : row.getDouble("sharpe"),
                    row.getInt("open_positions"));
        }
    }

    public record Fill(
            Instant ts,
            String fillId,
            String strategyId,
            String symbol,
            String side,
            long quantity,
            double price,
            double commission,
            String reason,
            String orderType,
            double realizedPnl,
            long positionAfter,
            double averageCostAfter) {
        static Fill of(Row row) {
            return new Fill(
                    row.getInstant("ts"),
                    row.getString("fill_id"),
                    row.getString("strategy_id"),
                    row.getString("symbol"),
                    row.getString("side"),
                    row.getLong("quantity"),
                    row.getDouble("price"),
                    row.getDouble("commission"),
                    row.getString("reason"),
                    row.getString("order_type"),
                    row.getDouble("realized_pnl"),
                    row.getLong("position_after"),
                    row.getDouble("average_cost_after"));
        }
    }
}
