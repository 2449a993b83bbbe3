package io.tradestream.ingestion.tweets;

import io.tradestream.model.tweets.Tweet;

/** Where ingested tweets go: the {@code tweets} topic, or a list in tests. */
public interface TweetSink extends AutoCloseable {

    /** Sends one tweet; may return before it is delivered. */
    void send(Tweet tweet);

    /** Returns once every tweet sent so far is delivered; throws if one could not be. */
    void flush();

    @Override
    void close();
}
