package io.tradestream.operators.rules;

import io.tradestream.model.Payloads;
import io.tradestream.model.WriteTime;
import io.tradestream.model.rules.Rule;
import io.tradestream.model.rules.RuleAdmission;
import io.tradestream.model.rules.RuleAdmission.Decision;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.model.rules.RuleRejection;
import io.tradestream.model.rules.RuleStatus;
import io.tradestream.model.rules.UserDirectoryEntry;
import io.tradestream.model.rules.UserRule;
import io.tradestream.model.rules.UserRuleRow;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by user: applies a user's requests to their rules ({@link RuleAdmission}: versions,
 * lifecycle, quota) and sends each applied version on to the engine. Being the one place that sees
 * all of a user's requests in order, it also keeps the user's rule list and directory entry, and
 * reports every refusal.
 */
public class RuleAdmissionFunction
        extends KeyedProcessFunction<String, Either<RuleRejection, RuleChange>, Rule> {
    private static final long serialVersionUID = 1L;

    /** The current key's rules by id, with tombstones and refusals. */
    public static final MapStateDescriptor<String, UserRule> USER_RULES =
            new MapStateDescriptor<>("user-rules", Types.STRING, Types.POJO(UserRule.class));

    /** The current key's latest Cassandra write timestamp, so that its rows keep their order. */
    public static final ValueStateDescriptor<Long> LAST_WRITE =
            new ValueStateDescriptor<>("user-last-write", Types.LONG);

    public static final OutputTag<UserRuleRow> RULE_ROWS =
            new OutputTag<>("user-rule-rows", TypeInformation.of(UserRuleRow.class));
    public static final OutputTag<UserDirectoryEntry> DIRECTORY =
            new OutputTag<>("user-directory", TypeInformation.of(UserDirectoryEntry.class));
    public static final OutputTag<RuleRejection> REJECTIONS =
            new OutputTag<>("admission-rejections", TypeInformation.of(RuleRejection.class));

    private final int maxRulesPerUser;
    private transient RuleAdmission admission;
    private transient MapState<String, UserRule> rules;
    private transient ValueState<Long> lastWrite;
    private transient Counter rulesRefused;

    public RuleAdmissionFunction(int maxRulesPerUser) {
        this.maxRulesPerUser = maxRulesPerUser;
    }

    @Override
    public void open(OpenContext openContext) {
        admission = new RuleAdmission(maxRulesPerUser);
        rules = getRuntimeContext().getMapState(USER_RULES);
        lastWrite = getRuntimeContext().getState(LAST_WRITE);
        rulesRefused = getRuntimeContext().getMetricGroup().counter("rulesRefused");
    }

    @Override
    public void processElement(
            Either<RuleRejection, RuleChange> request, Context ctx, Collector<Rule> out)
            throws Exception {
        long time = ctx.timestamp() == null ? 0 : ctx.timestamp();
        if (request.isLeft()) {
            refuse(request.left(), time, ctx);
            return;
        }
        RuleChange change = request.right();
        RuleCommand command = change.command();
        UserRule held = rules.get(command.id());
        Decision decision = admission.decide(command, held == null ? null : held.rule, rulesHeld());
        if (!decision.isAccepted()) {
            refuse(
                    new RuleRejection(
                            command.owner(),
                            command.id(),
                            decision.reason(),
                            Payloads.excerpt(change.definitionJson()),
                            change.sourceTopic(),
                            change.partition(),
                            change.offset()),
                    time,
                    ctx);
            return;
        }
        UserRule applied = held != null ? held : new UserRule();
        applied.rule = decision.rule();
        if (!change.definitionJson().isEmpty()) {
            applied.definitionJson = change.definitionJson();
        }
        applied.lastRejection = null;
        applied.updatedAt = time;
        rules.put(command.id(), applied);
        out.collect(decision.rule());
        ctx.output(
                RULE_ROWS, UserRuleRow.of(command.owner(), command.id(), applied, nextWrite(time)));
        ctx.output(DIRECTORY, directoryEntry(command.owner(), time, nextWrite(time)));
    }

    private void refuse(RuleRejection rejection, long time, Context ctx) throws Exception {
        rulesRefused.inc();
        ctx.output(REJECTIONS, rejection);
        if (rejection.ruleId().isEmpty()) {
            return;
        }
        UserRule held = rules.get(rejection.ruleId());
        UserRule refused = held != null ? held : new UserRule();
        refused.lastRejection = rejection.reason();
        refused.updatedAt = time;
        rules.put(rejection.ruleId(), refused);
        ctx.output(
                RULE_ROWS,
                UserRuleRow.of(rejection.owner(), rejection.ruleId(), refused, nextWrite(time)));
    }

    private long nextWrite(long time) throws Exception {
        Long previous = lastWrite.value();
        long next = WriteTime.next(time, previous == null ? 0 : previous);
        lastWrite.update(next);
        return next;
    }

    private int rulesHeld() throws Exception {
        int held = 0;
        for (UserRule rule : rules.values()) {
            if (rule.rule != null && rule.rule.status() != RuleStatus.DELETED) {
                held++;
            }
        }
        return held;
    }

    private UserDirectoryEntry directoryEntry(String owner, long time, long writeTime)
            throws Exception {
        TreeSet<String> symbols = new TreeSet<>();
        int active = 0;
        int paused = 0;
        for (Map.Entry<String, UserRule> entry : rules.entries()) {
            Rule rule = entry.getValue().rule;
            if (rule == null || rule.status() == RuleStatus.DELETED) {
                continue;
            }
            symbols.addAll(Arrays.asList(rule.symbols()));
            if (rule.isActive()) {
                active++;
            } else {
                paused++;
            }
        }
        return new UserDirectoryEntry(
                owner, symbols.toArray(String[]::new), active, paused, time, writeTime);
    }
}
