package io.tradestream.benchmarks;

import io.tradestream.job.TradeStreamOutputs;
import io.tradestream.model.DeadLetter;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.indicators.IndicatorBar;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.rules.UserDirectoryEntry;
import io.tradestream.model.rules.UserRuleRow;
import io.tradestream.model.sentiment.SymbolSentiment;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.PnlSnapshot;
import io.tradestream.model.trading.PositionSnapshot;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** Outputs of the job graph that go nowhere: a load run measures the job, not its sinks. */
final class DiscardingOutputs implements TradeStreamOutputs {
    @Override
    public void bars(DataStream<IndicatorBar> bars) {
        discard(bars, "bars");
    }

    @Override
    public void sentiment(DataStream<SymbolSentiment> windows) {
        discard(windows, "sentiment");
    }

    @Override
    public void alerts(DataStream<Alert> alerts) {
        discard(alerts, "alerts");
    }

    @Override
    public void deadLetters(DataStream<DeadLetter> deadLetters) {
        discard(deadLetters, "dead letters");
    }

    @Override
    public void ruleRejections(DataStream<RuleRejection> rejections) {
        discard(rejections, "rule rejections");
    }

    @Override
    public void userRules(DataStream<UserRuleRow> rows) {
        discard(rows, "user rules");
    }

    @Override
    public void userDirectory(DataStream<UserDirectoryEntry> entries) {
        discard(entries, "user directory");
    }

    @Override
    public void fills(DataStream<Fill> fills) {
        discard(fills, "fills");
    }

    @Override
    public void positions(DataStream<PositionSnapshot> positions) {
        discard(positions, "positions");
    }

    @Override
    public void pnlHistory(DataStream<PnlSnapshot> points) {
        discard(points, "P&L history");
    }

    private static <T> void discard(DataStream<T> stream, String what) {
        stream.sinkTo(new DiscardingSink<>()).name("Discard " + what);
    }
}
