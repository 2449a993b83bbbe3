package io.tradestream.job.io;

import io.tradestream.model.alerts.Alert;
import io.tradestream.model.bars.Bar;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
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
                    + " volume, vwap, trade_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
                    Types.DOUBLE,
                    Types.LONG);

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

    public static Row bar(Bar bar) {
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
                bar.vwap(),
                bar.tradeCount());
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
                alert.price(),
                alert.condition(),
                alert.message());
    }

    /** The UTC date of an event time: the partition bucket that keeps partitions bounded. */
    public static String day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
