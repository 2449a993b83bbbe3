package io.tradestream.operators.sentiment;

import io.tradestream.model.tweets.KeywordChange;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The state of the sentiment operators. The names are part of the savepoint format: renaming one
 * loses that state on upgrade.
 */
public final class SentimentState {
    private SentimentState() {}

    /** Broadcast: the latest change of each ticker keyword, deletions included. */
    public static final MapStateDescriptor<String, KeywordChange> KEYWORDS =
            new MapStateDescriptor<>(
                    "ticker-keywords", Types.STRING, Types.POJO(KeywordChange.class));
}
