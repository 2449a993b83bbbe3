package io.tradestream.dashboard.market;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Bars and tweet sentiment per symbol, as the job writes them. */
public final class MarketReads {
    /** The most bars one chart shows: a day of one-minute bars, or the last 2 hours of seconds. */
    static final int MAX_BARS = 7_200;

    static final int MAX_SENTIMENT_POINTS = 5_000;

    private final CqlSession session;
    private final PreparedStatement bars;
    private final PreparedStatement latestBar;
    private final PreparedStatement sentiment;
    private final PreparedStatement anySentiment;

    public MarketReads(CqlSession session) {
        this.session = session;
        this.bars =
                session.prepare(
                        "SELECT ts, open, high, low, close, volume, vwap FROM bars_by_symbol"
                                + " WHERE symbol = ? AND resolution = ? AND day = ? LIMIT "
                                + MAX_BARS);
        this.latestBar =
                session.prepare(
                        "SELECT ts, close FROM bars_by_symbol WHERE symbol = ? AND resolution = ?"
                                + " AND day = ? LIMIT 1");
        this.sentiment =
                session.prepare(
                        "SELECT ts, window_length, mean, tweet_count FROM sentiment_by_symbol"
                                + " WHERE symbol = ? AND day = ? LIMIT "
                                + MAX_SENTIMENT_POINTS);
        this.anySentiment =
                session.prepare(
                        "SELECT ts FROM sentiment_by_symbol WHERE symbol = ? AND day = ? LIMIT 1");
    }

    /** The symbol's bars of that day, oldest first (the newest when there are more). */
    public List<Bar> bars(String symbol, String resolution, String day) {
        List<Bar> result = new ArrayList<>();
        for (Row row : session.execute(bars.bind(symbol, resolution, day))) {
            result.add(
                    new Bar(
                            row.getInstant("ts"),
                            row.getDouble("open"),
                            row.getDouble("high"),
                            row.getDouble("low"),
                            row.getDouble("close"),
                            row.getLong("volume"),
                            row.isNull("vwap") ? null : row.getDouble("vwap")));
        }
        Collections.reverse(result);
        return result;
    }

    public boolean hasBars(String symbol, String resolution, String day) {
        return session.execute(latestBar.bind(symbol, resolution, day)).one() != null;
    }

    /** The close of the symbol's newest one-second bar among {@code days}, newest day first. */
    public Optional<LastPrice> lastPrice(String symbol, List<String> days) {
        for (String day : days) {
            Row row = session.execute(latestBar.bind(symbol, "1s", day)).one();
            if (row != null) {
                return Optional.of(new LastPrice(row.getDouble("close"), row.getInstant("ts")));
            }
        }
        return Optional.empty();
    }

    /** The symbol's sentiment windows of that day, oldest first. */
    public List<SentimentPoint> sentiment(String symbol, String day) {
        List<SentimentPoint> result = new ArrayList<>();
        for (Row row : session.execute(sentiment.bind(symbol, day))) {
            result.add(
                    new SentimentPoint(
                            row.getInstant("ts"),
                            row.getString("window_length"),
                            row.getDouble("mean"),
                            row.getLong("tweet_count")));
        }
        Collections.reverse(result);
        return result;
    }

    public boolean hasSentiment(String symbol, String day) {
        return session.execute(anySentiment.bind(symbol, day)).one() != null;
    }

    /** One OHLCV bar; {@code ts} is its start. */
    public record Bar(
            Instant ts,
            double open,
            double high,
            double low,
            double close,
            long volume,
            Double vwap) {}

    /** A minute-aligned sentiment window ending at {@code ts}. */
    public record SentimentPoint(Instant ts, String windowLength, double mean, long tweetCount) {}

    /** The last traded price known, and the start of the bar it closed. */
    public record LastPrice(double price, Instant at) {}
}
