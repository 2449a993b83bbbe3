package io.tradestream.operators.ingest;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.tweets.Tweet;
import java.io.Serializable;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.types.Either;

/** The event-time policies of TradeStream's inputs. */
public final class Watermarks {
    private Watermarks() {}

    /**
     * Market data: event time from the parsed timestamp, bounded out-of-orderness, and idleness so
     * that a quiet partition does not hold back event time for everyone else (an idleness of 0
     * means never idle, for bounded inputs). A dead letter has no event time; it gets the lowest
     * timestamp so it never advances a watermark.
     */
    public static WatermarkStrategy<Either<DeadLetter, MarketEvent>> marketData(
            Duration outOfOrderness, Duration idleness) {
        return parsedRecords(outOfOrderness, idleness, MarketEvent::timestamp);
    }

    /** Tweets: the same policy as market data, with their own bound on out-of-orderness. */
    public static WatermarkStrategy<Either<DeadLetter, Tweet>> tweets(
            Duration outOfOrderness, Duration idleness) {
        return parsedRecords(outOfOrderness, idleness, Tweet::timestamp);
    }

    private static <T> WatermarkStrategy<Either<DeadLetter, T>> parsedRecords(
            Duration outOfOrderness, Duration idleness, EventTime<T> eventTime) {
        WatermarkStrategy<Either<DeadLetter, T>> strategy =
                WatermarkStrategy.<Either<DeadLetter, T>>forBoundedOutOfOrderness(outOfOrderness)
                        .withTimestampAssigner(
                                (record, kafkaTimestamp) ->
                                        record.isRight()
                                                ? eventTime.of(record.right())
                                                : Long.MIN_VALUE);
        return idleness.isZero() ? strategy : strategy.withIdleness(idleness);
    }

    /** A value's event time; shipped to the task managers, so it must be serializable. */
    @FunctionalInterface
    private interface EventTime<T> extends Serializable {
        long of(T value);
    }

    /**
     * Control streams (rule changes, ticker keywords) are not events in market time: they must
     * neither hold back event time nor move it. Their source is always idle, so an operator that
     * joins them with market data or tweets follows those alone, and stays idle while those are. (A
     * maximum watermark instead would leak downstream whenever the data input is idle and make
     * every later event late.)
     */
    public static <T> WatermarkStrategy<T> control() {
        return context -> new AlwaysIdle<>();
    }

    private static final class AlwaysIdle<T> implements WatermarkGenerator<T> {
        @Override
        public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.markIdle();
        }
    }
}
