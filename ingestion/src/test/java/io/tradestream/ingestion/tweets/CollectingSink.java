package io.tradestream.ingestion.tweets;

import io.tradestream.model.tweets.Tweet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tweet sink that keeps what it is sent, for tests. */
final class CollectingSink implements TweetSink {
    final List<Tweet> tweets = new CopyOnWriteArrayList<>();
    int flushes;

    @Override
    public void send(Tweet tweet) {
        tweets.add(tweet);
    }

    @Override
    public void flush() {
        flushes++;
    }

    @Override
    public void close() {}
}
