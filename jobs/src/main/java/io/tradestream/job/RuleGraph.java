package io.tradestream.job;

import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.operators.ingest.RecordTypes;
import io.tradestream.operators.rules.RuleAdmissionFunction;
import io.tradestream.operators.rules.RuleOwnershipFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Either;

/**
 * Rule requests to applied rule versions: first per rule id (whose id is it?), then per user
 * (version, lifecycle, quota). Requests the parser refused travel the same path, so the per-user
 * step sees all of a user's requests in the order they were submitted and keeps each user's rule
 * list with the last refusal of each rule.
 *
 * <p>Both steps run as one task: a user's requests about different ids must reach the quota check
 * in submission order, which a shuffle across parallel tasks would not keep. Rule requests are few
 * next to market data, so one task is plenty.
 */
public final class RuleGraph {
    private RuleGraph() {}

    /**
     * @param requests parsed requests from the rules topic, refused ones on the left
     * @return the applied versions; its side outputs carry the rule list rows, directory entries
     *     and every refusal ({@link RuleAdmissionFunction})
     */
    public static SingleOutputStreamOperator<Rule> admit(
            DataStream<Either<RuleRejection, RuleChange>> requests, int maxRulesPerUser) {
        return requests.keyBy(RuleGraph::ruleId, Types.STRING)
                .process(new RuleOwnershipFunction())
                .setParallelism(1)
                .returns(RecordTypes.ruleRecords())
                .uid(OperatorIds.RULE_OWNERSHIP)
                .name("Rule id ownership")
                .keyBy(RuleGraph::owner, Types.STRING)
                .process(new RuleAdmissionFunction(maxRulesPerUser))
                .setParallelism(1)
                .returns(TypeInformation.of(Rule.class))
                .uid(OperatorIds.RULE_ADMISSION)
                .name("Rule admission");
    }

    private static String ruleId(Either<RuleRejection, RuleChange> request) {
        return request.isLeft() ? request.left().ruleId() : request.right().command().id();
    }

    /** The owner, or empty for a refusal whose owner could not be read. */
    private static String owner(Either<RuleRejection, RuleChange> request) {
        return request.isLeft() ? request.left().owner() : request.right().command().owner();
    }
}
