package io.tradestream.job;

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
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.CloseableIterator;

/** Collects every output of the graph for a test to read after the job ends. */
final class CollectedOutputs implements TradeStreamOutputs {
    CloseableIterator<IndicatorBar> bars;
    CloseableIterator<SymbolSentiment> sentiment;
    CloseableIterator<Alert> alerts;
    CloseableIterator<DeadLetter> deadLetters;
    CloseableIterator<RuleRejection> ruleRejections;
    CloseableIterator<UserRuleRow> userRules;
    CloseableIterator<UserDirectoryEntry> userDirectory;
    CloseableIterator<Fill> fills;
    CloseableIterator<PositionSnapshot> positions;
    CloseableIterator<PnlSnapshot> pnlHistory;

    /** Everything left in {@code iterator}, once the job has ended. */
    static <T> List<T> drain(CloseableIterator<T> iterator) throws Exception {
        List<T> items = new ArrayList<>();
        try (iterator) {
            iterator.forEachRemaining(items::add);
        }
        return items;
    }

    @Override
    public void bars(DataStream<IndicatorBar> stream) {
        bars = stream.collectAsync();
    }

    @Override
    public void sentiment(DataStream<SymbolSentiment> stream) {
        sentiment = stream.collectAsync();
    }

    @Override
    public void alerts(DataStream<Alert> stream) {
        alerts = stream.collectAsync();
    }

    @Override
    public void deadLetters(DataStream<DeadLetter> stream) {
        deadLetters = stream.collectAsync();
    }

    @Override
    public void ruleRejections(DataStream<RuleRejection> stream) {
        ruleRejections = stream.collectAsync();
    }

    @Override
    public void userRules(DataStream<UserRuleRow> stream) {
        userRules = stream.collectAsync();
    }

    @Override
    public void userDirectory(DataStream<UserDirectoryEntry> stream) {
        userDirectory = stream.collectAsync();
    }

    @Override
    public void fills(DataStream<Fill> stream) {
        fills = stream.collectAsync();
    }

    @Override
    public void positions(DataStream<PositionSnapshot> stream) {
        positions = stream.collectAsync();
    }

    @Override
    public void pnlHistory(DataStream<PnlSnapshot> stream) {
        pnlHistory = stream.collectAsync();
    }
}
