package io.tradestream.job.io;

import io.tradestream.job.JobSettings;
import io.tradestream.job.OperatorIds;
import io.tradestream.job.TradeStreamOutputs;
import io.tradestream.model.DeadLetter;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.bars.Bar;
import io.tradestream.model.json.OutputJson;
import io.tradestream.model.rules.RuleRejection;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.connectors.cassandra.CassandraRowSink;

/**
 * The production outputs: bars and alerts to Cassandra (idempotent upserts with deterministic
 * keys), alerts, dead letters and rule rejections to Kafka (transactional, exactly once; readers
 * must use {@code isolation.level=read_committed}).
 */
public final class ProductionOutputs implements TradeStreamOutputs {
    /** Kafka's broker maximum; a transaction left open longer than this is aborted. */
    private static final String TRANSACTION_TIMEOUT_MS = "900000";

    private final JobSettings settings;

    public ProductionOutputs(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void bars(DataStream<Bar> bars) {
        bars.map(CassandraRows::bar)
                .returns(CassandraRows.BAR_ROW)
                .uid(OperatorIds.TO_BAR_ROWS)
                .name("Bars to rows")
                .addSink(
                        new CassandraRowSink(
                                CassandraRows.BAR_ROW.getArity(),
                                String.format(CassandraRows.BAR_INSERT, keyspace()),
                                cassandra()))
                .uid(OperatorIds.SINK_BARS_CASSANDRA)
                .name("Bars to Cassandra");
    }

    @Override
    public void alerts(DataStream<Alert> alerts) {
        alerts.map(CassandraRows::alert)
                .returns(CassandraRows.ALERT_ROW)
                .uid(OperatorIds.TO_ALERT_ROWS)
                .name("Alerts to rows")
                .addSink(
                        new CassandraRowSink(
                                CassandraRows.ALERT_ROW.getArity(),
                                String.format(CassandraRows.ALERT_INSERT, keyspace()),
                                cassandra()))
                .uid(OperatorIds.SINK_ALERTS_CASSANDRA)
                .name("Alerts to Cassandra");
        alerts.sinkTo(
                        kafkaSink(
                                "alerts",
                                new JsonRecordSerializer<>(
                                        settings.get("topic.alerts"),
                                        Alert::owner,
                                        OutputJson::toJson)))
                .uid(OperatorIds.SINK_ALERTS_KAFKA)
                .name("Alerts to Kafka");
    }

    @Override
    public void deadLetters(DataStream<DeadLetter> deadLetters) {
        deadLetters
                .sinkTo(
                        kafkaSink(
                                "dead-letters",
                                new JsonRecordSerializer<>(
                                        settings.get("topic.dead-letters"),
                                        DeadLetter::sourceTopic,
                                        OutputJson::toJson)))
                .uid(OperatorIds.SINK_DEAD_LETTERS_KAFKA)
                .name("Dead letters to Kafka");
    }

    @Override
    public void ruleRejections(DataStream<RuleRejection> rejections) {
        rejections
                .sinkTo(
                        kafkaSink(
                                "rule-rejections",
                                new JsonRecordSerializer<>(
                                        settings.get("topic.rule-rejections"),
                                        RuleRejection::owner,
                                        OutputJson::toJson)))
                .uid(OperatorIds.SINK_RULE_REJECTIONS_KAFKA)
                .name("Rule rejections to Kafka");
    }

    private <T> KafkaSink<T> kafkaSink(String name, JsonRecordSerializer<T> serializer) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(settings.get("kafka.bootstrap-servers"))
                .setRecordSerializer(serializer)
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                // Unique per job and sink: transactional ids must never be shared.
                .setTransactionalIdPrefix(
                        settings.get("kafka.transactional-id-prefix") + "-" + name)
                .setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS)
                .build();
    }

    private String keyspace() {
        return settings.get("cassandra.keyspace");
    }

    private CassandraConnection cassandra() {
        return new CassandraConnection(
                settings.get("cassandra.host"), settings.integer("cassandra.port"));
    }
}
