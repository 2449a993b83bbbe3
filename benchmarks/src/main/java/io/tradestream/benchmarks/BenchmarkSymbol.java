package io.tradestream.benchmarks;

import io.tradestream.model.Trade;
import io.tradestream.model.engine.ConditionMemories;
import io.tradestream.model.engine.SymbolRules;
import io.tradestream.model.market.MinuteBars;
import io.tradestream.model.market.PriceHistory;
import io.tradestream.model.market.SentimentHistory;
import io.tradestream.model.market.SymbolSnapshot;

/**
 * What the rule engine keeps per symbol (snapshot, price history, minute bars, sentiment, condition
 * and firing memories), on the heap instead of in keyed Flink state, and the state half of applying
 * a trade exactly as {@code RuleEngineFunction} does it.
 */
final class BenchmarkSymbol {
    /** What rules that read no bars see, as in the engine. */
    private static final MinuteBars NO_BARS = new MinuteBars();

    final SymbolSnapshot snapshot = new SymbolSnapshot();
    final PriceHistory history = new PriceHistory(snapshot, new MapPriceHistory());
    final SentimentHistory sentiment = new SentimentHistory();
    final ConditionMemories conditions = new ConditionMemories();
    final MapRuleFirings firings = new MapRuleFirings();
    private final MinuteBars bars = new MinuteBars();

    /** Records a trade in the snapshot, the price history and, if the rules read any, the bars. */
    void record(Trade trade, SymbolRules rules) {
        snapshot.lastTradeTime = trade.timestamp();
        snapshot.lastPrice = trade.price();
        history.record(trade.timestamp(), trade.price(), rules.historySeconds());
        if (rules.barsNeeded() > 0) {
            bars.record(trade.timestamp(), trade.price(), trade.size(), rules.barsNeeded());
        }
    }

    /** The bars the symbol's rules read. */
    MinuteBars barsFor(SymbolRules rules) {
        return rules.barsNeeded() > 0 ? bars : NO_BARS;
    }
}
