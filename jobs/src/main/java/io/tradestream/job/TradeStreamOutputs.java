package io.tradestream.job;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.bars.Bar;
import io.tradestream.model.rules.RuleRejection;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Where the job's results go: Kafka and Cassandra in production, collections in tests. */
public interface TradeStreamOutputs {
    void bars(DataStream<Bar> bars);

    void alerts(DataStream<Alert> alerts);

    void deadLetters(DataStream<DeadLetter> deadLetters);

    void ruleRejections(DataStream<RuleRejection> rejections);
}
