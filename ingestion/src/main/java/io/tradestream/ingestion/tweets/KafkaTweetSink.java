package io.tradestream.ingestion.tweets;

import io.tradestream.ingestion.kafka.KafkaRecordSender;
import io.tradestream.model.json.TweetJson;
import io.tradestream.model.tweets.Tweet;
import java.nio.charset.StandardCharsets;

/** Writes tweets to Kafka in the API v2 tweet shape ({@link TweetJson}), keyed by tweet id. */
public final class KafkaTweetSink implements TweetSink {
    private final KafkaRecordSender sender;
    private final String topic;

    public KafkaTweetSink(String bootstrapServers, String topic, String clientId) {
        this(new KafkaRecordSender(bootstrapServers, clientId), topic);
    }

    KafkaTweetSink(KafkaRecordSender sender, String topic) {
        this.sender = sender;
        this.topic = topic;
    }

    @Override
    public void send(Tweet tweet) {
        sender.send(topic, tweet.id(), new String(TweetJson.write(tweet), StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
        sender.flush();
    }

    @Override
    public void close() {
        sender.close();
    }
}
