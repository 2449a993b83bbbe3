package io.tradestream.job.io;

import io.tradestream.model.alerts.Alert;
import io.tradestream.model.bars.Bar;
import io.tradestream.model.indicators.IndicatorBar;
import io.tradestream.model.indicators.Indicators;
import io.tradestream.model.rules.Durations;
import io.tradestream.model.rules.UserDirectoryEntry;
import io.tradestream.model.rules.UserRuleRow;
import io.tradestream.model.sentiment.SymbolSentiment;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.PnlSnapshot;
import io.tradestream.model.trading.PositionSnapshot;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/**
 * How results become rows of the Cassandra tables in {@code cassandra-schema}. Primary keys are
 * derived from event data only, so a replay after recovery rewrites identical rows.
 */
public final class CassandraRows {
    private CassandraRows() {}

    public static final String BAR_INSERT =
            "INSERT INTO %s.bars_by_symbol (symbol, resolution, day, ts, open, high, low, close,"
                    + " volume, buy_volume, sell_volume, vwap, trade_count, sma, ema, rsi,"
                    + " bollinger_upper, bollinger_middle, bollinger_lower, volatility, change_pct,"
                    + " relative_volume)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public static final TypeInformation<Row> BAR_ROW =
            Types.ROW(
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.SQL_TIMESTAMP,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.LONG,
                    Types.LONG,
                    Types.LONG,
                    Types.DOUBLE,
                    Types.LONG,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE);

    public static final String ALERT_INSERT =
            "INSERT INTO %s.alerts_by_user (user_id, day, ts, id, rule_id, rule_version, symbol,"
                    + " price, condition, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public static final TypeInformation<Row> ALERT_ROW =
            Types.ROW(
                    Types.STRING,
                    Types.STRING,
                    Types.SQL_TIMESTAMP,
                    Types.STRING,
                    Types.STRING,
                    Types.LONG,
                    Types.STRING,
                    Types.DOUBLE,
                    Types.STRING,
                    Types.STRING);

    /** A bar's row; an indicator not defined yet (NaN) is written as null. */
    public static Row bar(IndicatorBar indicatorBar) {
        Bar bar = indicatorBar.bar();
        Indicators indicators = indicatorBar.indicators();
        return Row.of(
                bar.symbol(),
                bar.resolution(),
                day(bar.start()),
                new Timestamp(bar.start()),
                bar.open(),
                bar.high(),
                bar.low(),
                bar.close(),
                bar.volume(),
                bar.buyVolume(),
                bar.sellVolume(),
                bar.vwap(),
                bar.tradeCount(),
                orNull(indicators.sma()),
                orNull(indicators.ema()),
                orNull(indicators.rsi()),
                orNull(indicators.bollingerUpper()),
                orNull(indicators.bollingerMiddle()),
                orNull(indicators.bollingerLower()),
                orNull(indicators.volatility()),
                orNull(indicators.changePct()),
                orNull(indicators.relativeVolume()));
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    public static final String SENTIMENT_INSERT =
            "INSERT INTO %s.sentiment_by_symbol (symbol, day, ts, window_length, mean, tweet_count,"
                    + " positive, negative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    public static final TypeInformation<Row> SENTIMENT_ROW =
            Types.ROW(
                    Types.STRING,
                    Types.STRING,
                    Types.SQL_TIMESTAMP,
                    Types.STRING,
                    Types.DOUBLE,
                    Types.LONG,
                    Types.LONG,
                    Types.LONG);

    /** A window's row: keyed by its end, the time from which its sentiment is known. */
    public static Row sentiment(SymbolSentiment window) {
        return Row.of(
                window.symbol(),
                day(window.end()),
                new Timestamp(window.end()),
                Durations.format(window.lengthMillis()),
                window.mean(),
                window.tweetCount(),
                window.positive(),
                window.negative());
    }

    public static Row alert(Alert alert) {
        return Row.of(
                alert.owner(),
                day(alert.timestamp()),
                new Timestamp(alert.timestamp()),
                alert.id(),
                alert.ruleId(),
                alert.ruleVersion(),
                alert.symbol(),
                orNull(alert.price()),
                alert.condition(),
                alert.message());
    }

    public static final String USER_RULE_INSERT =
            "INSERT INTO %s.rules_by_user (user_id, rule_id, kind, status, version, definition,"
                    + " watched_symbols, last_rejection, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?";

    public static final TypeInformation<Row> USER_RULE_ROW =
            Types.ROW(
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.LONG,
                    Types.STRING,
                    Types.LIST(Types.STRING),
                    Types.STRING,
                    Types.SQL_TIMESTAMP,
                    Types.LONG);

    /** A rule list row, written at its own timestamp so that the newest state wins. */
    public static Row userRule(UserRuleRow rule) {
        return Row.of(
                rule.owner(),
                rule.ruleId(),
                rule.kind(),
                rule.status(),
                rule.version(),
                rule.definitionJson(),
                List.of(rule.symbols()),
                rule.lastRejection(),
                new Timestamp(rule.updatedAt()),
                rule.writeTime());
    }

    public static final String USER_DIRECTORY_INSERT =
            "INSERT INTO %s.user_directory (user_id, watched_symbols, active_rules,"
                    + " paused_rules, updated_at) VALUES (?, ?, ?, ?, ?) USING TIMESTAMP ?";

    public static final TypeInformation<Row> USER_DIRECTORY_ROW =
            Types.ROW(
                    Types.STRING,
                    Types.LIST(Types.STRING),
                    Types.INT,
                    Types.INT,
                    Types.SQL_TIMESTAMP,
                    Types.LONG);

    public static Row userDirectory(UserDirectoryEntry entry) {
        return Row.of(
                entry.owner(),
                List.of(entry.symbols()),
                entry.activeRules(),
                entry.pausedRules(),
                new Timestamp(entry.updatedAt()),
                entry.writeTime());
    }

    private static final String POSITION_COLUMNS =
            " quantity, average_cost, market_price, realized_pnl, unrealized_pnl, fees, trades,"
                    + " winning_trades, opened_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?";

    public static final String POSITION_BY_SYMBOL_INSERT =
            "INSERT INTO %s.positions_by_symbol (symbol, user_id, strategy_id," + POSITION_COLUMNS;

    public static final String POSITION_BY_USER_INSERT =
            "INSERT INTO %s.positions_by_user (user_id, symbol, strategy_id," + POSITION_COLUMNS;

    public static final TypeInformation<Row> POSITION_ROW =
            Types.ROW(
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.LONG,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.LONG,
                    Types.LONG,
                    Types.SQL_TIMESTAMP,
                    Types.SQL_TIMESTAMP,
                    Types.LONG);

    public static Row positionBySymbol(PositionSnapshot position) {
        return position(position, position.symbol(), position.owner());
    }

    public static Row positionByUser(PositionSnapshot position) {
        return position(position, position.owner(), position.symbol());
    }

    /** A position's row, under its table's partition and first clustering key. */
    private static Row position(PositionSnapshot position, String partition, String clustering) {
        return Row.of(
                partition,
                clustering,
                position.strategyId(),
                position.quantity(),
                position.averageCost(),
                orNull(position.marketPrice()),
                position.realizedPnl(),
                orNull(position.unrealizedPnl()),
                position.fees(),
                position.closingFills(),
                position.winningFills(),
                position.quantity() == 0 ? null : new Timestamp(position.openedAt()),
                new Timestamp(position.timestamp()),
                position.writeTime());
    }

    public static final String FILL_INSERT =
            "INSERT INTO %s.fills_by_user (user_id, day, ts, fill_id, strategy_id, symbol, side,"
                    + " quantity, price, commission, reason, order_type, realized_pnl,"
                    + " position_after, average_cost_after)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public static final TypeInformation<Row> FILL_ROW =
            Types.ROW(
                    Types.STRING,
                    Types.STRING,
                    Types.SQL_TIMESTAMP,
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.LONG,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.STRING,
                    Types.STRING,
                    Types.DOUBLE,
                    Types.LONG,
                    Types.DOUBLE);

    public static Row fill(Fill fill) {
        return Row.of(
                fill.owner(),
                day(fill.timestamp()),
                new Timestamp(fill.timestamp()),
                fill.id(),
                fill.strategyId(),
                fill.symbol(),
                lowerCase(fill.side()),
                fill.quantity(),
                fill.price(),
                fill.commission(),
                lowerCase(fill.reason()),
                lowerCase(fill.orderType()),
                fill.realizedPnl(),
                fill.positionAfter(),
                fill.averageCostAfter());
    }

    public static final String PNL_INSERT =
            "INSERT INTO %s.pnl_history_by_user (user_id, day, ts, strategy_id, equity,"
                    + " realized_pnl, unrealized_pnl, fees, drawdown, max_drawdown,"
                    + " max_drawdown_pct, trades, win_rate, sharpe, open_positions)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public static final TypeInformation<Row> PNL_ROW =
            Types.ROW(
                    Types.STRING,
                    Types.STRING,
                    Types.SQL_TIMESTAMP,
                    Types.STRING,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.LONG,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.INT);

    public static Row pnl(PnlSnapshot point) {
        return Row.of(
                point.owner(),
                day(point.timestamp()),
                new Timestamp(point.timestamp()),
                point.strategyId(),
                point.equity(),
                point.realizedPnl(),
                point.unrealizedPnl(),
                point.fees(),
                point.drawdown(),
                point.maxDrawdown(),
                point.maxDrawdownPct(),
                point.trades(),
                orNull(point.winRate()),
                orNull(point.sharpe()),
                point.openPositions());
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The UTC date of an event time: the partition bucket that keeps partitions bounded. */
    public static String day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
