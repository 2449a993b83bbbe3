package io.tradestream.operators.ingest;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.types.Either;

/** The event-time policies of TradeStream's inputs. */
public final class Watermarks {
    private Watermarks() {}

    /**
     * Market data: event time from the parsed timestamp, bounded out-of-orderness, and idleness so
     * that a quiet partition does not hold back event time for everyone else. A dead letter has no
     * event time; it gets the lowest timestamp so it never advances a watermark.
     */
    public static WatermarkStrategy<Either<DeadLetter, MarketEvent>> marketData(
            Duration outOfOrderness, Duration idleness) {
        return WatermarkStrategy.<Either<DeadLetter, MarketEvent>>forBoundedOutOfOrderness(
                        outOfOrderness)
                .withTimestampAssigner(
                        (record, kafkaTimestamp) ->
                                record.isRight() ? record.right().timestamp() : Long.MIN_VALUE)
                .withIdleness(idleness);
    }

    /**
     * Rule changes are not market events and must never hold back event time: their watermark is
     * always the maximum, so an operator that joins rules with market data follows the market.
     */
    public static WatermarkStrategy<Either<RuleRejection, RuleChange>> rules() {
        return context -> new NeverHoldsBack<>();
    }

    private static final class NeverHoldsBack<T> implements WatermarkGenerator<T> {
        @Override
        public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.emitWatermark(new Watermark(Long.MAX_VALUE));
        }
    }
}
