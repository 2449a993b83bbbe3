package io.tradestream.operators.sentiment;

import io.tradestream.model.sentiment.MentionedTweet;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.KeywordDictionary;
import io.tradestream.model.tweets.TickerExtractor;
import io.tradestream.model.tweets.Tweet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Finds the tickers a tweet mentions: cashtags, and company names from the keyword dictionary,
 * whose entries change at runtime through broadcast keyword changes. Tweets that mention no ticker
 * are counted ({@code tweetsWithoutTicker}) and go no further.
 *
 * <p>Keyword changes can reach parallel tasks in different orders, so a change is applied only when
 * its version is newer than the one held for that keyword.
 */
public class TickerExtractionFunction
        extends BroadcastProcessFunction<Tweet, KeywordChange, MentionedTweet> {
    private static final long serialVersionUID = 1L;

    private transient Counter withoutTicker;
    private transient Counter staleKeywordChanges;

    /** Keyword changes in broadcast state, for the {@code keywordChangesHeld} gauge. */
    private transient int changesHeld;

    /** Rebuilt from broadcast state after a start, a restore or a change; never checkpointed. */
    private transient TickerExtractor extractor;

    @Override
    public void open(OpenContext openContext) {
        withoutTicker = getRuntimeContext().getMetricGroup().counter("tweetsWithoutTicker");
        staleKeywordChanges = getRuntimeContext().getMetricGroup().counter("staleKeywordChanges");
        getRuntimeContext().getMetricGroup().gauge("keywordChangesHeld", () -> changesHeld);
    }

    @Override
    public void processElement(Tweet tweet, ReadOnlyContext ctx, Collector<MentionedTweet> out)
            throws Exception {
        if (extractor == null) {
            extractor = extractor(ctx.getBroadcastState(SentimentState.KEYWORDS));
        }
        List<String> tickers = extractor.extract(tweet.text());
        if (tickers.isEmpty()) {
            withoutTicker.inc();
            return;
        }
        out.collect(
                new MentionedTweet(
                        tweet.id(),
                        tweet.timestamp(),
                        tweet.text(),
                        tickers.toArray(String[]::new)));
    }

    @Override
    public void processBroadcastElement(
            KeywordChange change, Context ctx, Collector<MentionedTweet> out) throws Exception {
        BroadcastState<String, KeywordChange> keywords =
                ctx.getBroadcastState(SentimentState.KEYWORDS);
        KeywordChange held = keywords.get(change.keyword());
        if (held != null && change.version() <= held.version()) {
            staleKeywordChanges.inc();
            return;
        }
        keywords.put(change.keyword(), change);
        extractor = extractor(keywords);
    }

    private TickerExtractor extractor(ReadOnlyBroadcastState<String, KeywordChange> keywords)
            throws Exception {
        List<KeywordChange> changes = new ArrayList<>();
        for (Map.Entry<String, KeywordChange> entry : keywords.immutableEntries()) {
            changes.add(entry.getValue());
        }
        changesHeld = changes.size();
        return new TickerExtractor(KeywordDictionary.defaults().withChanges(changes));
    }
}
