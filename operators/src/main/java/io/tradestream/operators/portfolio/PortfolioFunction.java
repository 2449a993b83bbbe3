package io.tradestream.operators.portfolio;

import io.tradestream.model.trading.PnlSnapshot;
import io.tradestream.model.trading.PortfolioStats;
import io.tradestream.model.trading.PortfolioTotals;
import io.tradestream.model.trading.PositionSnapshot;
import io.tradestream.rules.expr.MarketView;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by user: the portfolio. Position snapshots from every symbol's engine task wait for the
 * minute boundary that closes their minute; when the watermark passes it, the latest snapshot of
 * each position gives the equity of each strategy and of the whole portfolio, their drawdowns and
 * one-minute returns. A point of the P&L history is emitted at every boundary that is a multiple of
 * the snapshot interval; the minutes tick on while a position is open.
 */
public class PortfolioFunction extends KeyedProcessFunction<String, PositionSnapshot, PnlSnapshot> {
    private static final long serialVersionUID = 1L;
    private static final long MINUTE = MarketView.BAR_MILLIS;

    /**
     * The newest snapshot of each position waiting for its minute boundary, by {@link #pendingKey}:
     * only the newest counts at the boundary, so a snapshot replaces the one it follows, and each
     * costs one read and one write however many the minute brings.
     */
    public static final MapStateDescriptor<String, PositionSnapshot> PENDING =
            new MapStateDescriptor<>(
                    "pending-latest-positions", Types.STRING, Types.POJO(PositionSnapshot.class));

    /**
     * What builds before this one kept instead of {@link #PENDING}: every snapshot of a minute in
     * one array, rewritten whole at each snapshot. Read once at each boundary so that a job
     * restored from their savepoints still applies the snapshots that were waiting.
     */
    static final MapStateDescriptor<Long, PositionSnapshot[]> EARLIER_PENDING =
            new MapStateDescriptor<>(
                    "pending-positions",
                    Types.LONG,
                    Types.OBJECT_ARRAY(Types.POJO(PositionSnapshot.class)));

    /** The latest snapshot of each position, by strategy id and symbol. */
    public static final MapStateDescriptor<String, PositionSnapshot> POSITIONS =
            new MapStateDescriptor<>(
                    "portfolio-positions", Types.STRING, Types.POJO(PositionSnapshot.class));

    /** The equity curve of each strategy and of the whole portfolio, by strategy id. */
    public static final MapStateDescriptor<String, PortfolioStats> CURVES =
            new MapStateDescriptor<>(
                    "equity-curves", Types.STRING, Types.POJO(PortfolioStats.class));

    private final double initialCash;
    private final long snapshotIntervalMillis;
    private transient MapState<String, PositionSnapshot> pending;
    private transient MapState<Long, PositionSnapshot[]> earlierPending;
    private transient MapState<String, PositionSnapshot> positions;
    private transient MapState<String, PortfolioStats> curves;

    /**
     * @param initialCash each strategy's, and the portfolio's, starting equity
     * @param snapshotIntervalMillis a whole number of minutes between points of the history
     */
    public PortfolioFunction(double initialCash, long snapshotIntervalMillis) {
        if (snapshotIntervalMillis <= 0 || snapshotIntervalMillis % MINUTE != 0) {
            throw new IllegalArgumentException(
                    "the P&L snapshot interval must be a whole number of minutes");
        }
        this.initialCash = initialCash;
        this.snapshotIntervalMillis = snapshotIntervalMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        pending = getRuntimeContext().getMapState(PENDING);
        earlierPending = getRuntimeContext().getMapState(EARLIER_PENDING);
        positions = getRuntimeContext().getMapState(POSITIONS);
        curves = getRuntimeContext().getMapState(CURVES);
    }

    @Override
    public void processElement(PositionSnapshot snapshot, Context ctx, Collector<PnlSnapshot> out)
            throws Exception {
        long boundary = boundaryOf(snapshot);
        String key = pendingKey(boundary, snapshot);
        PositionSnapshot waiting = pending.get(key);
        if (waiting == null || snapshot.writeTime() > waiting.writeTime()) {
            pending.put(key, snapshot);
        }
        ctx.timerService().registerEventTimeTimer(boundary);
    }

    @Override
    public void onTimer(long boundary, OnTimerContext ctx, Collector<PnlSnapshot> out)
            throws Exception {
        Iterator<Map.Entry<String, PositionSnapshot>> waiting = pending.iterator();
        while (waiting.hasNext()) {
            PositionSnapshot snapshot = waiting.next().getValue();
            if (boundaryOf(snapshot) <= boundary) {
                keepLatest(snapshot);
                waiting.remove();
            }
        }
        PositionSnapshot[] fromEarlierBuild = earlierPending.get(boundary);
        if (fromEarlierBuild != null) {
            earlierPending.remove(boundary);
            for (PositionSnapshot snapshot : fromEarlierBuild) {
                keepLatest(snapshot);
            }
        }
        Map<String, PortfolioTotals> byStrategy = new TreeMap<>();
        PortfolioTotals all = new PortfolioTotals();
        for (PositionSnapshot position : positions.values()) {
            byStrategy
                    .computeIfAbsent(position.strategyId(), id -> new PortfolioTotals())
                    .add(position);
            all.add(position);
        }
        boolean emit = boundary % snapshotIntervalMillis == 0;
        String owner = ctx.getCurrentKey();
        closeMinute(owner, PnlSnapshot.ALL_STRATEGIES, all, boundary, emit, out);
        for (Map.Entry<String, PortfolioTotals> strategy : byStrategy.entrySet()) {
            closeMinute(owner, strategy.getKey(), strategy.getValue(), boundary, emit, out);
        }
        // No timer follows from a timer: at the end of a bounded input event time jumps to the end
        // of time, and a chain of timers would never stop.
    }

    /** The minute boundary at or after the snapshot's time, which closes its minute. */
    private static long boundaryOf(PositionSnapshot snapshot) {
        return Math.floorDiv(snapshot.timestamp() + MINUTE - 1, MINUTE) * MINUTE;
    }

    private static String pendingKey(long boundary, PositionSnapshot snapshot) {
        return boundary + "/" + positionKey(snapshot);
    }

    private static String positionKey(PositionSnapshot snapshot) {
        return snapshot.strategyId() + "/" + snapshot.symbol();
    }

    private void keepLatest(PositionSnapshot snapshot) throws Exception {
        String key = positionKey(snapshot);
        PositionSnapshot held = positions.get(key);
        if (held == null || snapshot.writeTime() > held.writeTime()) {
            positions.put(key, snapshot);
        }
    }

    private void closeMinute(
            String owner,
            String strategyId,
            PortfolioTotals totals,
            long boundary,
            boolean emit,
            Collector<PnlSnapshot> out)
            throws Exception {
        PortfolioStats curve = curves.get(strategyId);
        if (curve == null) {
            curve = new PortfolioStats(initialCash);
        }
        PnlSnapshot point = totals.closeMinute(owner, strategyId, boundary, curve);
        curves.put(strategyId, curve);
        if (emit) {
            out.collect(point);
        }
    }
}
