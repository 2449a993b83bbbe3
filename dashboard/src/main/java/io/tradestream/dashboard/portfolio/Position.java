package io.tradestream.dashboard.portfolio;

import com.datastax.oss.driver.api.core.cql.Row;
import io.tradestream.dashboard.market.MarketReads.LastPrice;
import java.time.Instant;

/**
 * A strategy's paper position in one symbol.
 *
 * @param markedAt when {@code marketPrice} was traded: the job's valuation time, or the start of
 *     the newer one-second bar the dashboard marked it to
 */
public record Position(
        String symbol,
        String strategyId,
        long quantity,
        double averageCost,
        double marketPrice,
        double unrealizedPnl,
        double realizedPnl,
        double fees,
        long trades,
        long winningTrades,
        Instant openedAt,
        Instant updatedAt,
        Instant markedAt) {

    static Position of(Row row) {
        Instant updatedAt = row.getInstant("updated_at");
        return new Position(
                row.getString("symbol"),
                row.getString("strategy_id"),
                row.getLong("quantity"),
                row.getDouble("average_cost"),
                row.getDouble("market_price"),
                row.getDouble("unrealized_pnl"),
                row.getDouble("realized_pnl"),
                row.getDouble("fees"),
                row.getLong("trades"),
                row.getLong("winning_trades"),
                row.getInstant("opened_at"),
                updatedAt,
                updatedAt);
    }

    /** This position valued at {@code last}, if that price is newer than its own valuation. */
    Position markedTo(LastPrice last) {
        if (!last.at().isAfter(markedAt)) {
            return this;
        }
        return new Position(
                symbol,
                strategyId,
                quantity,
                averageCost,
                last.price(),
                (last.price() - averageCost) * quantity,
                realizedPnl,
                fees,
                trades,
                winningTrades,
                openedAt,
                updatedAt,
                last.at());
    }
}
