package io.tradestream.job;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.tweets.KeywordChange;
import io.tradestream.model.tweets.Tweet;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Either;

/**
 * Where the job's input comes from: Kafka in production, fixed data in tests. Both deliver parsed
 * records with timestamps and watermarks already assigned, so the rest of the graph is the same.
 */
public interface TradeStreamInputs {
    /** Trades and quotes; malformed records on the left. */
    DataStream<Either<DeadLetter, MarketEvent>> marketData(StreamExecutionEnvironment env);

    /** Tweets; malformed records on the left. */
    DataStream<Either<DeadLetter, Tweet>> tweets(StreamExecutionEnvironment env);

    /** Changes of the ticker keyword dictionary; malformed records on the left. */
    DataStream<Either<DeadLetter, KeywordChange>> keywordChanges(StreamExecutionEnvironment env);

    /** Rule changes; refused ones on the left. */
    DataStream<Either<RuleRejection, RuleChange>> ruleChanges(StreamExecutionEnvironment env);
}
