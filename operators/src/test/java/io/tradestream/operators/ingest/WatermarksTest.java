package io.tradestream.operators.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.Trade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.types.Either;
import org.apache.flink.util.clock.RelativeClock;
import org.apache.flink.util.clock.SystemClock;
import org.junit.jupiter.api.Test;

class WatermarksTest {
    private final List<String> emitted = new ArrayList<>();

    private final WatermarkOutput output =
            new WatermarkOutput() {
                @Override
                public void emitWatermark(Watermark watermark) {
                    emitted.add("watermark " + watermark.getTimestamp());
                }

                @Override
                public void markIdle() {
                    emitted.add("idle");
                }

                @Override
                public void markActive() {
                    emitted.add("active");
                }
            };

    @Test
    void aControlStreamIsAlwaysIdleAndNeverEmitsAWatermark() {
        WatermarkGenerator<String> generator =
                Watermarks.<String>control().createWatermarkGenerator(context());

        generator.onEvent("a rule change", 123, output);
        generator.onPeriodicEmit(output);
        generator.onPeriodicEmit(output);

        assertThat(emitted).containsExactly("idle", "idle");
    }

    @Test
    void marketDataTrailsTheNewestEventByTheBoundAndDeadLettersDoNotMoveIt() {
        WatermarkGenerator<Either<DeadLetter, MarketEvent>> generator =
                Watermarks.marketData(Duration.ofSeconds(2), Duration.ofSeconds(10))
                        .createWatermarkGenerator(context());

        generator.onEvent(
                Either.Right(MarketEvent.of(new Trade("AAPL", 10_000, 1, 1))), 10_000, output);
        generator.onEvent(
                Either.Left(DeadLetter.of("trades", 0, 1, "bad", new byte[0])),
                Long.MIN_VALUE,
                output);
        generator.onPeriodicEmit(output);

        assertThat(emitted).containsExactly("watermark 7999");
    }

    private static WatermarkGeneratorSupplier.Context context() {
        return new WatermarkGeneratorSupplier.Context() {
            @Override
            public MetricGroup getMetricGroup() {
                return new UnregisteredMetricsGroup();
            }

            @Override
            public RelativeClock getInputActivityClock() {
                return SystemClock.getInstance();
            }
        };
    }
}
