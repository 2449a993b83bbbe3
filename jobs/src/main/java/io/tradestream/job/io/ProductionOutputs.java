package io.tradestream.job.io;

import io.tradestream.job.JobSettings;
import io.tradestream.job.OperatorIds;
import io.tradestream.job.TradeStreamOutputs;
import io.tradestream.model.DeadLetter;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.indicators.IndicatorBar;
import io.tradestream.model.json.OutputJson;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.rules.UserDirectoryEntry;
import io.tradestream.model.rules.UserRuleRow;
import io.tradestream.model.sentiment.SymbolSentiment;
import io.tradestream.model.trading.Fill;
import io.tradestream.model.trading.PnlSnapshot;
import io.tradestream.model.trading.PositionSnapshot;
import io.tradestream.operators.metrics.MeasuredWrite;
import java.time.Duration;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.connectors.cassandra.CassandraCommitter;
import org.apache.flink.streaming.connectors.cassandra.CassandraSink;
import org.apache.flink.types.Row;

/**
 * The production outputs: bars, sentiment, alerts, rule lists, the user directory, fills, positions
 * and P&L history to Cassandra (in the {@link CassandraWriteMode} the settings choose), alerts,
 * dead letters and rule rejections to Kafka (transactional, exactly once; readers must use {@code
 * isolation.level=read_committed}). The rows of alerts, fills and positions record their {@link
 * MeasuredWrite end-to-end latency} as they are handed to the Cassandra sink.
 */
public final class ProductionOutputs implements TradeStreamOutputs {
    /** Kafka's broker maximum; a transaction left open longer than this is aborted. */
    private static final String TRANSACTION_TIMEOUT_MS = "900000";

    /** Per sink task; below the driver's queue of 256 requests per connection. */
    private static final int MAX_CASSANDRA_REQUESTS_IN_FLIGHT = 128;

    private final JobSettings settings;
    private final CassandraWriteMode writeMode;

    /**
     * @throws IllegalArgumentException if {@code --cassandra.write-mode} names no write mode
     */
    public ProductionOutputs(JobSettings settings) {
        this.settings = settings;
        this.writeMode = CassandraWriteMode.parse(settings.get("cassandra.write-mode"));
    }

    @Override
    public void bars(DataStream<IndicatorBar> bars) {
        cassandraSink(
                bars.map(CassandraRows::bar)
                        .returns(CassandraRows.BAR_ROW)
                        .uid(OperatorIds.TO_BAR_ROWS)
                        .name("Bars to rows"),
                CassandraRows.BAR_INSERT,
                OperatorIds.SINK_BARS_CASSANDRA,
                "Bars to Cassandra");
    }

    @Override
    public void sentiment(DataStream<SymbolSentiment> windows) {
        cassandraSink(
                windows.map(CassandraRows::sentiment)
                        .returns(CassandraRows.SENTIMENT_ROW)
                        .uid(OperatorIds.TO_SENTIMENT_ROWS)
                        .name("Sentiment to rows"),
                CassandraRows.SENTIMENT_INSERT,
                OperatorIds.SINK_SENTIMENT_CASSANDRA,
                "Sentiment to Cassandra");
    }

    @Override
    public void alerts(DataStream<Alert> alerts) {
        cassandraSink(
                alerts.map(new MeasuredWrite<>(CassandraRows::alert, Alert::kafkaTimestamp))
                        .returns(CassandraRows.ALERT_ROW)
                        .uid(OperatorIds.TO_ALERT_ROWS)
                        .name("Alerts to rows"),
                CassandraRows.ALERT_INSERT,
                OperatorIds.SINK_ALERTS_CASSANDRA,
                "Alerts to Cassandra");
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

    @Override
    public void userRules(DataStream<UserRuleRow> rows) {
        cassandraSink(
                rows.map(CassandraRows::userRule)
                        .returns(CassandraRows.USER_RULE_ROW)
                        .uid(OperatorIds.TO_USER_RULE_ROWS)
                        .name("Rule lists to rows"),
                CassandraRows.USER_RULE_INSERT,
                OperatorIds.SINK_USER_RULES_CASSANDRA,
                "Rule lists to Cassandra");
    }

    @Override
    public void userDirectory(DataStream<UserDirectoryEntry> entries) {
        cassandraSink(
                entries.map(CassandraRows::userDirectory)
                        .returns(CassandraRows.USER_DIRECTORY_ROW)
                        .uid(OperatorIds.TO_USER_DIRECTORY_ROWS)
                        .name("User directory to rows"),
                CassandraRows.USER_DIRECTORY_INSERT,
                OperatorIds.SINK_USER_DIRECTORY_CASSANDRA,
                "User directory to Cassandra");
    }

    @Override
    public void fills(DataStream<Fill> fills) {
        cassandraSink(
                fills.map(new MeasuredWrite<>(CassandraRows::fill, Fill::kafkaTimestamp))
                        .returns(CassandraRows.FILL_ROW)
                        .uid(OperatorIds.TO_FILL_ROWS)
                        .name("Fills to rows"),
                CassandraRows.FILL_INSERT,
                OperatorIds.SINK_FILLS_CASSANDRA,
                "Fills to Cassandra");
    }

    @Override
    public void positions(DataStream<PositionSnapshot> positions) {
        cassandraSink(
                positions
                        .map(
                                new MeasuredWrite<>(
                                        CassandraRows::positionBySymbol,
                                        PositionSnapshot::kafkaTimestamp))
                        .returns(CassandraRows.POSITION_ROW)
                        .uid(OperatorIds.TO_POSITION_BY_SYMBOL_ROWS)
                        .name("Positions to rows by symbol"),
                CassandraRows.POSITION_BY_SYMBOL_INSERT,
                OperatorIds.SINK_POSITIONS_BY_SYMBOL_CASSANDRA,
                "Positions by symbol to Cassandra");
        cassandraSink(
                positions
                        .map(
                                new MeasuredWrite<>(
                                        CassandraRows::positionByUser,
                                        PositionSnapshot::kafkaTimestamp))
                        .returns(CassandraRows.POSITION_ROW)
                        .uid(OperatorIds.TO_POSITION_BY_USER_ROWS)
                        .name("Positions to rows by user"),
                CassandraRows.POSITION_BY_USER_INSERT,
                OperatorIds.SINK_POSITIONS_BY_USER_CASSANDRA,
                "Positions by user to Cassandra");
    }

    @Override
    public void pnlHistory(DataStream<PnlSnapshot> points) {
        cassandraSink(
                points.map(CassandraRows::pnl)
                        .returns(CassandraRows.PNL_ROW)
                        .uid(OperatorIds.TO_PNL_ROWS)
                        .name("P&L history to rows"),
                CassandraRows.PNL_INSERT,
                OperatorIds.SINK_PNL_CASSANDRA,
                "P&L history to Cassandra");
    }

    private <T> KafkaSink<T> kafkaSink(String name, JsonRecordSerializer<T> serializer) {
        return KafkaSink.<T>builder()
                .setKafkaProducerConfig(KafkaClientProperties.from(settings))
                .setBootstrapServers(settings.get("kafka.bootstrap-servers"))
                .setRecordSerializer(serializer)
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                // Unique per job and sink: transactional ids must never be shared.
                .setTransactionalIdPrefix(
                        settings.get("kafka.transactional-id-prefix") + "-" + name)
                .setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS)
                .build();
    }

    /**
     * A Cassandra sink in the configured write mode, with its operator's {@code uid} and {@code
     * name}. Upserts are bounded in flight: a bar burst at each second boundary (one bar per active
     * symbol) must slow the sink down, not overflow the driver's request queue and fail the job.
     * The write-ahead log writes a checkpoint's rows when it completes; its commit records go to a
     * table of the job's keyspace ({@code checkpoints_<job id>}), so they are replicated like the
     * rows they vouch for.
     */
    private void cassandraSink(
            DataStream<Row> rows, String insertTemplate, String uid, String name) {
        String keyspace = settings.get("cassandra.keyspace");
        String insert = String.format(insertTemplate, keyspace);
        CassandraConnection connection = CassandraConnection.from(settings);
        TypeSerializer<Row> serializer =
                rows.getType()
                        .createSerializer(
                                rows.getExecutionEnvironment().getConfig().getSerializerConfig());
        try {
            if (writeMode == CassandraWriteMode.WRITE_AHEAD_LOG) {
                rows.transform(
                                name,
                                rows.getType(),
                                new WriteAheadCassandraSink(
                                        insert,
                                        serializer,
                                        connection,
                                        new WriteAheadCommits(
                                                new CassandraCommitter(connection, keyspace))))
                        .uid(uid);
            } else {
                // Built from the builder's constructor: CassandraSink.addSink has overloads for
                // the Scala API, which Flink 1.20 no longer ships.
                new CassandraSink.CassandraRowSinkBuilder(rows, rows.getType(), serializer)
                        .setQuery(insert)
                        .setClusterBuilder(connection)
                        .setMaxConcurrentRequests(
                                MAX_CASSANDRA_REQUESTS_IN_FLIGHT, Duration.ofMinutes(1))
                        .build()
                        .uid(uid)
                        .name(name);
            }
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot build the Cassandra sink: " + e.getMessage(), e);
        }
    }
}
